package dev.confguard.source;

import java.util.List;

/** The result of lossless decoding: the text and the offsets of escaped invalid bytes. */
public record DecodedText(String text, List<Integer> invalidOffsets) {
    public DecodedText {
        invalidOffsets = List.copyOf(invalidOffsets);
    }
}
