package io.spendvault.adapters.rest.userdata

import spock.lang.Specification

class CsvCellsSpec extends Specification {

    def "a cell a spreadsheet would run as a formula (#value) gets an apostrophe"() {
        expect:
        CsvCells.neutralise(value) == "'" + value

        where:
        value << ['=1+1', '+49 123', '-5', '@SUM(A1)', '\tTAB', '\rCR', "'=already quoted"]
    }

    def "other cells are written as they are: #value"() {
        expect:
        CsvCells.neutralise(value) == value

        where:
        value << ['plain', '', "'quoted but harmless", '1=1', 'a-b', null]
    }

    def "restoring gives back exactly what was neutralised: #value"() {
        expect:
        CsvCells.restore(CsvCells.neutralise(value)) == value

        where:
        value << ['=1+1', '-', "'=x", "''=x", "'plain", 'plain', '', '@', '\t', "'", null]
    }
}
