package dev.confguard.findings;

/**
 * Another place a finding involves: an earlier duplicate, the other side of a cross-service
 * comparison, a layer in a provenance chain. Positions as in {@link Finding}.
 */
public record RelatedLocation(String file, int line, int column, int endLine, int endColumn, String message) {
}
