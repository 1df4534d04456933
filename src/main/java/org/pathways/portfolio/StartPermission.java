package org.pathways.portfolio;

import java.util.Optional;

/**
 * Whether an educator may start a portfolio for a micro-credential. The pathways module implements
 * it with the endorsement access rules; empty means yes, otherwise a plain-language reason.
 */
public interface StartPermission {

    Optional<String> refusal(long educatorId, String microCredentialCode);
}
