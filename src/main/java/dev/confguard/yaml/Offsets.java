package dev.confguard.yaml;

/**
 * Converts code-point indexes (what snakeyaml's marks count) into UTF-16 offsets (what our ranges
 * count). Identity for the common text without supplementary characters; otherwise a prefix table.
 */
final class Offsets {
    private final int shift;
    private final int[] utf16ByCodePoint;

    private Offsets(int shift, int[] table) {
        this.shift = shift;
        this.utf16ByCodePoint = table;
    }

    static Offsets of(String text, int shift) {
        boolean supplementary = false;
        for (int i = shift; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                supplementary = true;
                break;
            }
        }
        if (!supplementary) {
            return new Offsets(shift, null);
        }
        int count = text.codePointCount(shift, text.length());
        int[] table = new int[count + 1];
        int offset = shift;
        for (int cp = 0; cp < count; cp++) {
            table[cp] = offset;
            offset += Character.charCount(text.codePointAt(offset));
        }
        table[count] = offset;
        return new Offsets(shift, table);
    }

    int toOffset(int codePointIndex) {
        if (utf16ByCodePoint == null) {
            return shift + codePointIndex;
        }
        int i = Math.max(0, Math.min(codePointIndex, utf16ByCodePoint.length - 1));
        return utf16ByCodePoint[i];
    }
}
