package io.spendvault.adapters.rest.userdata;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV injection, OWASP): a cell starting
 * with {@code = + - @}, a tab or a carriage return is written with a leading apostrophe, and the
 * apostrophe is taken off again on import. A value that already starts with apostrophes followed by such
 * a character gets one more, so that {@link #restore} gives back exactly what {@link #neutralise} was given.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String neutralise(String value) {
        return value != null && startsLikeFormula(value) ? "'" + value : value;
    }

    static String restore(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeFormula(cell) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any leading apostrophes is one a spreadsheet reads as a formula. */
    private static boolean startsLikeFormula(String value) {
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && "=+-@\t\r".indexOf(value.charAt(first)) >= 0;
    }
}
