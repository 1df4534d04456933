package org.pathways.people.account;

/** Why a one-time link was sent. */
public enum TokenPurpose {
    INVITATION,
    RESET
}
