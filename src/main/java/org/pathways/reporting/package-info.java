/**
 * Reporting: read-only aggregates for the central office and campus leaders (stipends, CPE,
 * engagement, target populations), as pages with charts and as streamed CSV. It reads the other
 * modules' tables and changes nothing in them; the yearly figures the pages read are its own
 * materialized views of those tables, refreshed on a schedule and on demand.
 */
package org.pathways.reporting;
