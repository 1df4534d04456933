package org.pathways.portfolio;

/** Whether an educator may start a micro-credential: empty when allowed, otherwise the reason in plain words. */
public interface StartPermission { java.util.Optional<String> refusal(long educatorId, String microCredentialCode); }
