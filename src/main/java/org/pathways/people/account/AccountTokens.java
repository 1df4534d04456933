package org.pathways.people.account;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One-time tokens for password links. The link carries 256 random bits; the table keeps only
 * their SHA-256, so a copy of the database opens no accounts. Using a token is a single
 * conditional update, so two clicks on one link cannot both succeed.
 */
@Repository
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    AccountTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the account; earlier unused ones of the same purpose stop working. */
    String issue(long educatorId, TokenPurpose purpose, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("""
                update account_token set used_at = now()
                where educator_id = ? and purpose = ? and used_at is null""", educatorId, purpose.name());
        jdbc.update("""
                insert into account_token (educator_id, purpose, token_hash, expires_at) values (?, ?, ?, ?)""",
                educatorId, purpose.name(), hash(token), Timestamp.from(expiresAt));
        return token;
    }

    /** The account a token opens, if it is unused and unexpired (without using it). */
    Optional<Long> peek(String token, TokenPurpose purpose) {
        return jdbc.queryForList("""
                select educator_id from account_token
                where token_hash = ? and purpose = ? and used_at is null and expires_at > now()""", Long.class,
                hash(token), purpose.name()).stream().findFirst();
    }

    /** Uses the token: the account it opens, or empty when it was used already or has expired. */
    Optional<Long> use(String token, TokenPurpose purpose) {
        return jdbc.queryForList("""
                update account_token set used_at = now()
                where token_hash = ? and purpose = ? and used_at is null and expires_at > now()
                returning educator_id""", Long.class, hash(token), purpose.name()).stream().findFirst();
    }

    void revokeAll(long educatorId) {
        jdbc.update("update account_token set used_at = now() where educator_id = ? and used_at is null", educatorId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
