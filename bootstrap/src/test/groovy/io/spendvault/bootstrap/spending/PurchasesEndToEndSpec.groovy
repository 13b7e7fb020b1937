package io.spendvault.bootstrap.spending

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.time.LocalDate
import java.time.ZoneOffset

/** Purchases and expenses through HTTP, on the real application and PostgreSQL. */
@MicronautTest
class PurchasesEndToEndSpec extends PostgresSpecification {

    static final String PURCHASES = '/api/v1/purchases'
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC)

    @Inject
    EmbeddedServer server

    ApiClient ada

    def setup() {
        ada = ApiClient.newUser(new RawHttp(server.URI))
    }

    private Map purchase(Map fields = [:]) {
        def answer = ada.send('POST', PURCHASES, [product_name: 'Kettle', price: 25, purchase_date: '2024-03-01'] + fields)
        assert answer.status == 201: answer.text
        answer.json as Map
    }

    def "a detailed purchase is created with its retailer and brand embedded"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Hardware Hub']).json
        def maker = ada.send('POST', '/api/v1/brands', [name: 'Acme']).json

        when:
        def created = ada.send('POST', PURCHASES, [
                product_name: 'Cordless drill', price: 129.9, currency_code: 'eur', purchase_date: '2024-05-17',
                category: 'Tools', retailer_id: shop.id, brand_id: maker.id, notes: 'for the shed', tax_deductible: 1,
                model_number: 'CD-18', serial_number: 'SN123', retailer_order_number: 'ORD-9', quantity: 2,
                link: 'https://shop.example/drill', return_deadline: '2024-06-16', return_policy: '30 days',
                tags: 'Garden, tools ,, garden'])

        then:
        created.status == 201
        created.json.keySet() == ['id', 'product_name', 'price', 'currency_code', 'purchase_date', 'category', 'retailer_id',
                                  'retailer', 'brand_id', 'brand', 'notes', 'tax_deductible', 'warranty_expiry', 'warranty',
                                  'model_number', 'serial_number', 'retailer_order_number', 'quantity', 'link',
                                  'return_deadline', 'return_policy', 'tags', 'attachments_count', 'created_at', 'updated_at'] as Set
        with(created.json) {
            price == '129.90'
            currency_code == 'EUR'
            purchase_date == '2024-05-17'
            retailer == [id: shop.id, name: 'Hardware Hub']
            brand == [id: maker.id, name: 'Acme']
            tax_deductible == true
            quantity == 2
            tags == ['garden', 'tools']
            warranty == null
            warranty_expiry == null
            attachments_count == 0
        }
        ada.get("$PURCHASES/${created.json.id}").json == created.json
    }

    def "an expense needs only name, price, date and category; currency comes from the user's settings"() {
        given:
        ada.send('PUT', '/api/v1/settings', [currency_code: 'JPY'])

        when:
        def expense = ada.send('POST', PURCHASES, [product_name: 'Lunch', price: '1200', purchase_date: TODAY.toString(),
                                                   category: 'Food'])

        then:
        expense.status == 201
        expense.json.currency_code == 'JPY'
        expense.json.price == '1200'
        expense.json.quantity == 1
        expense.json.tax_deductible == false
        expense.json.tags == []
        expense.json.retailer == null
    }

    def "without settings the currency is USD, and a price is kept exactly, at the currency's scale, as a decimal string: #sent"() {
        when:
        def answer = ada.http.send('POST', PURCHASES, """{"product_name": "Exact", "price": $sent, "purchase_date": "2024-01-01"}""",
                ['Authorization': "Bearer ${ada.token}", 'Content-Type': 'application/json'])

        then:
        answer.status == 201
        answer.json.currency_code == 'USD'
        answer.text.contains(/"price":"$shown",/)
        ada.get("$PURCHASES/${answer.json.id}").text.contains(/"price":"$shown",/)

        where:
        sent                   | shown
        '99999999999999.99'    | '99999999999999.99'
        '"12345678901.23"'     | '12345678901.23'
        '10'                   | '10.00'
        '0.1E1'                | '1.00'
    }

    def "a purchase dated today anywhere on earth is accepted, a later one is refused"() {
        given:
        def latest = LocalDate.now(ZoneOffset.ofHours(14))

        expect:
        ada.send('POST', PURCHASES, [product_name: 'Now', price: 1, purchase_date: latest.toString()]).status == 201
        with(ada.send('POST', PURCHASES, [product_name: 'Later', price: 1, purchase_date: latest.plusDays(1).toString()])) {
            status == 422
            json.detail == 'Purchase date cannot be in the future'
            json.field_errors == [purchase_date: ['Purchase date cannot be in the future']]
        }
    }

    def "#problem answers 422 naming #field"() {
        when:
        def answer = ada.send('POST', PURCHASES, [product_name: 'Thing', price: 10, purchase_date: '2024-01-01'] + change)

        then:
        answer.status == 422
        answer.json.error_code == 'VALIDATION_FAILED'
        answer.json.field_errors.keySet() == [field] as Set
        ada.get(PURCHASES).json.total == 0

        where:
        problem                            | change                                           | field
        'price 0'                          | [price: 0]                                       | 'price'
        'a negative price'                 | [price: -5]                                      | 'price'
        'no price'                         | [price: null]                                    | 'price'
        'a price that is not a number'     | [price: 'ten']                                   | 'price'
        'three decimals in USD'            | [price: 1.999]                                   | 'price'
        'decimals in JPY'                  | [price: 10.5, currency_code: 'JPY']              | 'price'
        'four decimals in KWD'             | [price: 1.2345, currency_code: 'KWD']            | 'price'
        'an unknown currency'              | [currency_code: 'XYZ']                           | 'currency_code'
        'a null currency'                  | [currency_code: null]                            | 'currency_code'
        'no product name'                  | [product_name: '  ']                             | 'product_name'
        'a 256 character product name'     | [product_name: 'x' * 256]                        | 'product_name'
        'no purchase date'                 | [purchase_date: null]                            | 'purchase_date'
        'a malformed date'                 | [purchase_date: '2024-13-01']                    | 'purchase_date'
        'a 101 character category'         | [category: 'c' * 101]                            | 'category'
        'a 101 character model number'    | [model_number: 'm' * 101]                        | 'model_number'
        'a 101 character serial number'    | [serial_number: 's' * 101]                       | 'serial_number'
        'a 101 character order number'     | [retailer_order_number: 'o' * 101]               | 'retailer_order_number'
        'quantity 0'                       | [quantity: 0]                                    | 'quantity'
        'a fractional quantity'            | [quantity: 1.5]                                  | 'quantity'
        'an ftp link'                      | [link: 'ftp://files.example/x']                  | 'link'
        'a 501 character link'             | [link: 'https://a.example/' + 'p' * 483]         | 'link'
        'a 201 character return policy'    | [return_policy: 'r' * 201]                       | 'return_policy'
        'a return deadline before the buy' | [return_deadline: '2023-12-31']                  | 'return_deadline'
        '21 tags'                          | [tags: (1..21).collect { "t$it".toString() }]    | 'tags'
        'a 51 character tag'               | [tags: ['t' * 51]]                               | 'tags'
        'tags that are not strings'        | [tags: [1, 2]]                                   | 'tags'
        'tax_deductible 2'                 | [tax_deductible: 2]                              | 'tax_deductible'
        'a malformed retailer id'          | [retailer_id: 'shop']                            | 'retailer_id'
        'an unknown retailer id'           | [retailer_id: UUID.randomUUID().toString()]      | 'retailer_id'
        'an unknown brand id'              | [brand_id: UUID.randomUUID().toString()]         | 'brand_id'
    }

    def "three decimals are fine in KWD, and 0.5 is fine in EUR"() {
        expect:
        purchase(price: 1.234, currency_code: 'KWD').price == '1.234'
        purchase(price: 0.5, currency_code: 'EUR').price == '0.50'
        purchase(price: '1200', currency_code: 'JPY').price == '1200'
    }

    def "a body that is not a JSON object answers 400"() {
        expect:
        ada.http.send('POST', PURCHASES, body, ['Authorization': "Bearer ${ada.token}", 'Content-Type': 'application/json'])
                .status == 400

        where:
        body << ['[1, 2]', '{"product_name": ', '"text"', '{"product_name": "x"} {}', '', 'null']
    }

    def "another user's retailer or brand answers 422"() {
        given:
        def bob = ApiClient.newUser(ada.http)
        def bobsShop = bob.send('POST', '/api/v1/retailers', [name: 'Bob Shop']).json
        def bobsBrand = bob.send('POST', '/api/v1/brands', [name: 'Bob Brand']).json
        def mine = purchase()

        expect:
        ada.send('POST', PURCHASES, [product_name: 'x', price: 1, purchase_date: '2024-01-01', retailer_id: bobsShop.id])
                .json.field_errors == [retailer_id: ['Retailer not found']]
        ada.send('POST', PURCHASES, [product_name: 'x', price: 1, purchase_date: '2024-01-01', brand_id: bobsBrand.id])
                .json.field_errors == [brand_id: ['Brand not found']]
        ada.send('PATCH', "$PURCHASES/${mine.id}", [retailer_id: bobsShop.id]).status == 422
        ada.get("$PURCHASES/${mine.id}").json.retailer_id == null
    }

    def "PATCH and PUT change only the fields sent, and null clears"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Shop']).json
        def created = purchase(category: 'Kitchen', notes: 'gift', retailer_id: shop.id, tags: ['home'], quantity: 3,
                tax_deductible: true)

        when:
        def patched = ada.send(method, "$PURCHASES/${created.id}", [price: 30.5, category: null, tags: null, quantity: null,
                                                                      retailer_id: null])

        then:
        patched.status == 200
        with(patched.json) {
            price == '30.50'
            category == null
            tags == []
            quantity == 1
            retailer == null
            notes == 'gift'
            product_name == 'Kettle'
            tax_deductible == true
            created_at == created.created_at
            updated_at >= created.updated_at
        }
        ada.get("$PURCHASES/${created.id}").json == patched.json

        when: 'a required field cannot be cleared, and a failed update changes nothing'
        def refused = ada.send(method, "$PURCHASES/${created.id}", [notes: 'changed', product_name: null])

        then:
        refused.status == 422
        refused.json.field_errors.keySet() == ['product_name'] as Set
        ada.get("$PURCHASES/${created.id}").json.notes == 'gift'

        where:
        method << ['PATCH', 'PUT']
    }

    def "an update that moves the date into the future is refused"() {
        given:
        def created = purchase()

        expect:
        ada.send('PATCH', "$PURCHASES/${created.id}", [purchase_date: TODAY.plusDays(2).toString()]).status == 422
    }

    def "another user's purchase is not found on every route"() {
        given:
        def bob = ApiClient.newUser(ada.http)
        def bobs = bob.send('POST', PURCHASES, [product_name: 'Bob thing', price: 5, purchase_date: '2024-01-01']).json
        def path = "$PURCHASES/${bobs.id}"

        expect:
        ada.get(path).status == 404
        ada.send('PUT', path, [notes: 'mine now']).status == 404
        ada.send('PATCH', path, [notes: 'mine now']).status == 404
        ada.send('DELETE', path).status == 404
        ada.get("$path/files").status == 404
        ada.multipart("$path/files", [file_type: 'receipt'], 'r.txt', new ByteArrayInputStream('x'.bytes)).status == 404
        ada.send('POST', "$path/files", [file_id: UUID.randomUUID().toString(), file_type: 'receipt']).status == 404
        ada.get(PURCHASES).json.total == 0

        and: 'nothing changed for bob'
        bob.get(path).json.notes == null
        bob.get(path).json.attachments_count == 0
    }

    def "an unknown purchase id is 404, a malformed one 422, and no token is 401"() {
        expect:
        ada.get("$PURCHASES/${UUID.randomUUID()}").status == 404
        ada.get("$PURCHASES/not-an-id").status in [404, 422]
        ada.http.get(PURCHASES).status == 401
        ada.http.postJson(PURCHASES, [product_name: 'x', price: 1, purchase_date: '2024-01-01']).status == 401
    }

    def "#method #path without a token answers 401"() {
        given:
        def id = UUID.randomUUID()

        expect:
        with(ada.http.send(method, path.replace('ID', id.toString()), method in ['POST', 'PUT', 'PATCH'] ? '{}' : null,
                ['Content-Type': 'application/json'])) {
            status == 401
            json.error_code != null
        }

        where:
        method   | path
        'GET'    | '/api/v1/purchases/ID'
        'PUT'    | '/api/v1/purchases/ID'
        'PATCH'  | '/api/v1/purchases/ID'
        'DELETE' | '/api/v1/purchases/ID'
        'GET'    | '/api/v1/warranties'
        'POST'   | '/api/v1/warranties'
        'GET'    | '/api/v1/warranties/expiring'
        'GET'    | '/api/v1/warranties/ID'
        'PATCH'  | '/api/v1/warranties/ID'
        'DELETE' | '/api/v1/warranties/ID'
        'GET'    | '/api/v1/purchases/ID/files'
        'POST'   | '/api/v1/purchases/ID/files'
        'GET'    | '/api/v1/purchases/ID/files/ID'
        'DELETE' | '/api/v1/purchases/ID/files/ID'
        'DELETE' | '/api/v1/retailers/ID'
    }

    def "a deleted purchase is gone"() {
        given:
        def created = purchase()

        expect:
        ada.send('DELETE', "$PURCHASES/${created.id}").status == 204
        ada.get("$PURCHASES/${created.id}").status == 404
        ada.send('DELETE', "$PURCHASES/${created.id}").status == 404
    }

    def "filters narrow the list and the total counts all matches"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Shop']).json
        def maker = ada.send('POST', '/api/v1/brands', [name: 'Maker']).json
        purchase(product_name: 'Espresso machine', price: 399, purchase_date: '2024-02-10', category: 'Kitchen',
                retailer_id: shop.id, tags: ['home', 'coffee'], tax_deductible: false, currency_code: 'EUR')
        purchase(product_name: 'Office chair', price: 249.5, purchase_date: '2024-03-15', category: 'office',
                brand_id: maker.id, tags: ['work'], tax_deductible: true, notes: 'ergonomic 100% mesh', return_deadline: '2024-04-14')
        purchase(product_name: 'Desk lamp', price: 35, purchase_date: '2024-04-01', category: 'Office',
                retailer_id: shop.id, brand_id: maker.id, model_number: 'LMP-7', serial_number: 'SN-42', tags: ['work', 'home'],
                return_deadline: '2024-05-01')

        expect:
        names(query) == expected
        ada.get("$PURCHASES?$query").json.total == expected.size()

        where:
        query                                   | expected
        ''                                      | ['Desk lamp', 'Office chair', 'Espresso machine']
        'search=CHAIR'                          | ['Office chair']
        'search=ergonomic'                      | ['Office chair']
        'search=lmp-7'                          | ['Desk lamp']
        'search=sn-42'                          | ['Desk lamp']
        'search=100%25'                         | ['Office chair']
        'search=%25'                            | ['Office chair']
        'category=OFFICE'                       | ['Desk lamp', 'Office chair']
        'tag=home'                              | ['Desk lamp', 'Espresso machine']
        'tag=Work'                              | ['Desk lamp', 'Office chair']
        'date_from=2024-03-15'                  | ['Desk lamp', 'Office chair']
        'date_to=2024-03-15'                    | ['Office chair', 'Espresso machine']
        'date_from=2024-03-01&date_to=2024-03-31' | ['Office chair']
        'min_price=249.50'                      | ['Office chair', 'Espresso machine']
        'max_price=249.5'                       | ['Desk lamp', 'Office chair']
        'tax_deductible=1'                      | ['Office chair']
        'tax_deductible=false'                  | ['Desk lamp', 'Espresso machine']
        'currency_code=eur'                     | ['Espresso machine']
        'category=office&tag=home'              | ['Desk lamp']
        'sort_by=price&sort_order=asc'          | ['Desk lamp', 'Office chair', 'Espresso machine']
        'sort_by=price'                         | ['Espresso machine', 'Office chair', 'Desk lamp']
        'sort_by=product_name&sort_order=asc'   | ['Desk lamp', 'Espresso machine', 'Office chair']
        'sort_by=purchase_date&sort_order=asc'  | ['Espresso machine', 'Office chair', 'Desk lamp']
        'sort_by=created_at&sort_order=desc'    | ['Desk lamp', 'Office chair', 'Espresso machine']
        'return_deadline_from=2024-04-15'       | ['Desk lamp']
        'return_deadline_to=2024-04-14'         | ['Office chair']
        'return_deadline_from=2024-04-14&return_deadline_to=2024-05-01' | ['Desk lamp', 'Office chair']
        'sort_by=return_deadline&sort_order=asc' | ['Office chair', 'Desk lamp', 'Espresso machine']
        'sort_by=return_deadline'               | ['Desk lamp', 'Office chair', 'Espresso machine']
    }

    def "retailer and brand filters find their purchases"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Shop']).json
        def maker = ada.send('POST', '/api/v1/brands', [name: 'Maker']).json
        purchase(product_name: 'A', retailer_id: shop.id)
        purchase(product_name: 'B', brand_id: maker.id)
        purchase(product_name: 'C')

        expect:
        names("retailer_id=${shop.id}") == ['A']
        names("brand_id=${maker.id}") == ['B']
        names("retailer_id=${UUID.randomUUID()}") == []
    }

    def "the list pages through all purchases with the shared envelope"() {
        given:
        (1..5).each { purchase(product_name: "Item $it", purchase_date: "2024-01-0$it") }

        when:
        def second = ada.get("$PURCHASES?page=2&size=2&sort_by=purchase_date&sort_order=asc").json

        then:
        second.items*.product_name == ['Item 3', 'Item 4']
        second.total == 5
        second.page == 2
        second.size == 2
        second.pages == 3
        ada.get("$PURCHASES?page=4&size=2").json.items == []
    }

    def "a client that scrolls follows next_after: every purchase once, none repeated when one is added in between"() {
        given:
        (1..5).each { purchase(product_name: "Item $it", purchase_date: "2024-01-0$it") }
        def bob = ApiClient.newUser(ada.http)
        bob.send('POST', PURCHASES, [product_name: 'Not ada\'s', price: 1, purchase_date: '2024-01-03'])

        when:
        def first = ada.get("$PURCHASES?size=2&sort_by=purchase_date&sort_order=asc").json

        then:
        first.items*.product_name == ['Item 1', 'Item 2']
        first.next_after instanceof String

        when: 'a purchase lands before the cursor while the client reads'
        purchase(product_name: 'Item 0', purchase_date: '2023-12-31')
        def second = ada.get("$PURCHASES?size=2&sort_by=purchase_date&sort_order=asc&after=${first.next_after}").json
        def third = ada.get("$PURCHASES?size=2&sort_by=purchase_date&sort_order=asc&after=${second.next_after}").json

        then: 'nothing repeats or goes missing, and the total is every match'
        second.items*.product_name == ['Item 3', 'Item 4']
        third.items*.product_name == ['Item 5']
        third.next_after == null
        !third.containsKey('next_after')
        [second, third]*.total == [6, 6]

        and: 'the same walk by page number shifted by the new purchase'
        names('size=2&page=2&sort_by=purchase_date&sort_order=asc') == ['Item 2', 'Item 3']

        and: 'a cursor only ever reads the caller\'s purchases'
        bob.get("$PURCHASES?size=2&sort_by=purchase_date&sort_order=asc&after=${first.next_after}").json.items*.product_name == ['Not ada\'s']
    }

    def "next_after comes with pages that have a next one, by number too, and never for the return deadline order"() {
        given:
        (1..3).each { purchase(product_name: "Item $it", purchase_date: "2024-01-0$it", return_deadline: "2024-02-0$it") }

        expect:
        ada.get("$PURCHASES?size=2").json.next_after != null
        !ada.get("$PURCHASES?size=2&page=2").json.containsKey('next_after')
        !ada.get("$PURCHASES?size=5").json.containsKey('next_after')
        !ada.get("$PURCHASES?size=2&sort_by=return_deadline").json.containsKey('next_after')
        names("size=2&after=${ada.get("$PURCHASES?size=2").json.next_after}") == ['Item 1']
    }

    def "a cursor that is not one, or from another order, or with a page number, answers 422 naming #field"() {
        given:
        (1..3).each { purchase(product_name: "Item $it", purchase_date: "2024-01-0$it") }
        def cursor = ada.get("$PURCHASES?size=1&sort_by=price").json.next_after

        when:
        def answer = ada.get("$PURCHASES?" + query.replace('CURSOR', cursor))

        then:
        answer.status == 422
        answer.json.field_errors.keySet() == [field] as Set

        where:
        query                                        | field
        'after=garbage'                              | 'after'
        'after=CURSOR'                               | 'after'   // made for price, read by purchase date
        'sort_by=return_deadline&after=CURSOR'       | 'after'
        'sort_by=price&after=CURSOR&page=2'          | 'page'
        'after=' + 'x' * 1001                        | 'after'
    }

    def "bad list parameters answer 422 naming the parameter: #query"() {
        when:
        def answer = ada.get("$PURCHASES?$query")

        then:
        answer.status == 422
        answer.json.field_errors.keySet() == [field] as Set

        where:
        query                                   | field
        'sort_by=colour'                        | 'sort_by'
        'sort_order=up'                         | 'sort_order'
        'size=101'                              | 'size'
        'page=0'                                | 'page'
        'date_from=yesterday'                   | 'date_from'
        'date_from=2024-05-01&date_to=2024-04-01' | 'date_to'
        'return_deadline_from=soon'             | 'return_deadline_from'
        'return_deadline_from=2024-05-01&return_deadline_to=2024-04-01' | 'return_deadline_to'
        'return_deadline_to=1899-12-31'         | 'return_deadline_to'
        'min_price=5&max_price=4'               | 'max_price'
        'min_price=cheap'                       | 'min_price'
        'retailer_id=shop'                      | 'retailer_id'
        'tax_deductible=maybe'                  | 'tax_deductible'
        'currency_code=ABC'                     | 'currency_code'
    }

    def "a vendor in use is not deleted unless detached, and detaching clears it on its purchases"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Shop']).json
        def maker = ada.send('POST', '/api/v1/brands', [name: 'Maker']).json
        def first = purchase(retailer_id: shop.id, brand_id: maker.id)
        def second = purchase(retailer_id: shop.id)

        when:
        def refused = ada.send('DELETE', "/api/v1/retailers/${shop.id}")

        then:
        refused.status == 409
        refused.json.error_code == 'VENDOR_IN_USE'
        refused.json.detail.contains('used by 2 purchases')
        ada.get("/api/v1/retailers/${shop.id}").status == 200

        when:
        def detached = ada.send('DELETE', "/api/v1/retailers/${shop.id}?detach=true")

        then:
        detached.status == 204
        ada.get("/api/v1/retailers/${shop.id}").status == 404
        ada.get("$PURCHASES/${first.id}").json.retailer == null
        ada.get("$PURCHASES/${second.id}").json.retailer_id == null
        ada.get("$PURCHASES/${first.id}").json.brand == [id: maker.id, name: 'Maker']
        ada.send('DELETE', "/api/v1/brands/${maker.id}").json.detail.contains('used by 1 purchase;')
    }

    def "a vendor no purchase uses is deleted without detach"() {
        given:
        def shop = ada.send('POST', '/api/v1/retailers', [name: 'Unused']).json

        expect:
        ada.send('DELETE', "/api/v1/retailers/${shop.id}").status == 204
    }

    private List<String> names(String query) {
        def answer = ada.get("$PURCHASES?$query")
        assert answer.status == 200: answer.text
        answer.json.items*.product_name
    }
}
