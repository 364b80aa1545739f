package dev.confguard.dotenv.dialect;

import dev.confguard.dotenv.DotenvDocument;
import java.util.List;

/**
 * confguard's default reading (docs/dialects.md, "Common reading"). Where python-dotenv and node's
 * dotenv agree it equals both; where they disagree it takes python-dotenv's structure, because that
 * is the stricter and better documented reading:
 * <ul>
 * <li>D1 an unquoted {@code #} starts a comment only after whitespace: {@code A=abc#def} is {@code abc#def};</li>
 * <li>D2/D3 double quotes decode {@code \\ \' \" \a \b \f \n \r \t \v}, single quotes {@code \\ \'};</li>
 * <li>D4 backticks are not quotes;</li>
 * <li>D5-D7 junk after a closing quote and unterminated quotes drop the binding (no value);</li>
 * <li>D8 {@code KEY} without {@code =} reads as a null value; D9 bindings never continue on the next line;</li>
 * <li>D10 {@code KEY: value} is not a binding; D11 keys are {@code [^=#\s]+} or {@code 'quoted'};</li>
 * <li>D13 keys stay in file order, {@code __proto__} included;</li>
 * <li>D14 no interpolation.</li>
 * </ul>
 * One deliberate deviation, D12: a leading UTF-8 BOM is skipped (as node does), not read as part of
 * the first key, since python-dotenv's {@code \uFEFFKEY} is an accident nobody relies on.
 */
final class CommonReader implements DialectReader {
    private final PythonDotenvReader python = new PythonDotenvReader().withoutBom();

    @Override
    public List<ReadEntry> read(DotenvDocument document) {
        return python.read(document);
    }

    @Override
    public Cursor cursor(DotenvDocument document) {
        return python.cursor(document);
    }
}
