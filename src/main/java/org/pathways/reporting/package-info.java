/**
 * Reporting: read-only aggregates for the central office and campus leaders (stipends, CPE,
 * engagement, target populations), as pages with charts and as streamed CSV. It reads the other
 * modules' tables in read-only transactions and changes nothing.
 */
package org.pathways.reporting;
