package io.spendvault.bootstrap.contract

/**
 * Values a hostile or broken client sends, for the fuzz spec: wrong JSON types, empty and huge strings,
 * control characters, broken Unicode, numbers no parser likes, ids that are not ids, LIKE metacharacters.
 * Each is JSON text, so that what reaches the server is exactly what is written here (a lone surrogate
 * cannot be produced by a JSON library, only written as an escape).
 */
final class HostileInput {

    static final int HUGE = 1_000_000

    /** JSON values for one field. */
    static final List<String> VALUES = [
            '""', '" "', '"\\u0000"', '"a\\u0000b"', '"\\u0001\\u001b[31m\\u007f"', '"\\ud800"', '"\\udfff\\ud800"',
            '"\\u202e\\u200f\\u05e9\\u05dc\\u05d5\\u05dd"', '"\\ud83e\\uddfe\\ud83d\\udcb8"', '"%"', '"_"', '"\\\\"', '"%_\\\\%"',
            '"\' OR 1=1 --"', '"<script>alert(1)</script>"', '"../../etc/passwd"', '"00000000-0000-0000-0000-000000000000"',
            '"not-a-uuid"', '"-5000-01-01"', '"+999999999-12-31"', '"2024-02-30"', '"9999-12-31"', '"1899-12-31"',
            '0', '-0', '-1', '1e400', '-1e400', '1e-400', '0.1E1', '99999999999999999999999999999', '1.0000000000000000001',
            '"NaN"', '"Infinity"', '"-Infinity"', 'true', 'false', 'null', '[]', '[1, "2", null]', '{}', '{"a": {"b": []}}',
            '"XXX"', '"xau"', '"EUR "', '"usd"'
    ]

    /** Whole bodies that are not what any route expects. */
    static List<String> bodies() {
        [
                '', ' ', 'null', '[]', '"text"', '42', '{', '{"a":', '{"a": 1,}', '{"a": 1} trailing', '\u0000',
                '{"product_name": "a", "product_name": "b", "price": 1, "price": "x"}',
                '[' * 10_000 + ']' * 10_000,
                '{"a":' * 10_000 + '1' + '}' * 10_000,
                '{"name": "' + 'x' * HUGE + '"}',
                '{"\\u0000": "\\u0000"}',
                '\u00ff\u00fe{}',
        ]
    }

    /**
     * Multipart bodies that break the form: a file part without a file name, two files, a field after the
     * file, a body cut off before its closing boundary, a closing boundary missing, a file under another name.
     */
    static List<byte[]> multipartBodies(String boundary) {
        def file = { String disposition -> "--$boundary\r\nContent-Disposition: form-data; $disposition\r\nContent-Type: text/plain\r\n\r\nreceipt text\r\n" }
        def end = "--$boundary--\r\n"
        def complete = file('name="file"; filename="scan.txt"') + end
        [
                file('name="file"') + end,
                file('name="file"; filename="a.txt"') + file('name="file"; filename="b.txt"') + end,
                file('name="file"; filename="a.txt"') + "--$boundary\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nlate\r\n" + end,
                complete.substring(0, complete.length() - 20),
                file('name="file"; filename="a.txt"'),
                file('name="attachment"; filename="a.txt"') + end,
                "--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n" + 'X-Long: ' + 'x' * 20_000 + "\r\n\r\nx\r\n" + end,
        ].collect { it.getBytes('UTF-8') }
    }

    /** Values for a query or path parameter, already percent-encoded where needed. */
    static final List<String> URL_VALUES = [
            '', '%00', 'a%00b', '%01', '%1B%5B31m', '%7F', '%ED%A0%80', '%C3%28', '%E2%80%AE', '%F0%9F%A7%BE', '%25', '_',
            '%5C', '%27%20OR%201%3D1', '-1', '0', '1e400', 'NaN', '-0', '99999999999999999999', 'not-a-uuid',
            '00000000-0000-0000-0000-000000000000', '..%2F..%2F', 'true', 'TRUE', '2024-02-30', '-5000-01-01', 'x' * 2000
    ]

    private HostileInput() {
    }
}
