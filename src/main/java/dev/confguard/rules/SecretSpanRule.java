package dev.confguard.rules;

/**
 * A rule whose findings point exactly at a secret (a literal credential): reports mask the finding's
 * range in code frames, even where the key's name does not say it holds a secret.
 */
public interface SecretSpanRule extends Rule {
}
