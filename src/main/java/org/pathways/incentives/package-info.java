/**
 * Incentives: CPE credits and the stipend ledger filled from review's {@code CredentialEarned} and
 * {@code CredentialRevoked}, incentive policy per school year, payroll batches, certificates and the
 * TIA portfolio share.
 */
package org.pathways.incentives;
