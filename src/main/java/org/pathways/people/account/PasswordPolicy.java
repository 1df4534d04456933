package org.pathways.people.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: at least 12 characters (length beats complexity rules), at most 128,
 * not one of the passwords attackers try first, and not the person's own email address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/people/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("people/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new PasswordPolicy(reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empty when the password is acceptable; otherwise what to change, in plain words. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few unrelated words make a strong, "
                    + "memorable password.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("This password is too common and easy to guess. Choose another one.");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])
                && email.split("@")[0].length() >= 4) {
            return Optional.of("Do not use your email address in your password.");
        }
        return Optional.empty();
    }
}
