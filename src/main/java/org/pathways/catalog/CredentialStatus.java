package org.pathways.catalog;

/** Life cycle of a micro-credential in the catalog. */
public enum CredentialStatus {
    DRAFT, PUBLISHED, RETIRED
}
