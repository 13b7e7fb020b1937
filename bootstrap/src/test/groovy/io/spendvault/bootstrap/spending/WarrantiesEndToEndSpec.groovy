package io.spendvault.bootstrap.spending

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.spendvault.adapters.persistence.testsupport.PostgresSpecification
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.bootstrap.testsupport.ApiClient
import jakarta.inject.Inject

import java.time.LocalDate
import java.time.ZoneOffset

/** Warranties through HTTP, and the purchase's warranty_expiry shortcut to them. */
@MicronautTest
class WarrantiesEndToEndSpec extends PostgresSpecification {

    static final String WARRANTIES = '/api/v1/warranties'

    @Inject
    EmbeddedServer server

    ApiClient ada
    /** The server's date (UTC), taken per feature so a run across midnight does not mix two days. */
    LocalDate today
    Map kettle

    def setup() {
        today = LocalDate.now(ZoneOffset.UTC)
        ada = ApiClient.newUser(new RawHttp(server.URI))
        kettle = ada.send('POST', '/api/v1/purchases', [product_name: 'Kettle', price: 25, purchase_date: '2024-03-01']).json
    }

    private Map warranty(Map fields = [:]) {
        def answer = ada.send('POST', WARRANTIES, [purchase_id: kettle.id, warranty_end: today.plusYears(1).toString()] + fields)
        assert answer.status == 201: answer.text
        answer.json as Map
    }

    def "a warranty is created, read, updated and deleted, with its purchase embedded"() {
        when:
        def created = ada.send('POST', WARRANTIES, [purchase_id: kettle.id, warranty_start: '2024-03-01',
                                                    warranty_end: '2099-03-01', warranty_type: 'manufacturer',
                                                    provider: 'Acme', notes: 'keep the box'])

        then:
        created.status == 201
        created.json.keySet() == ['id', 'purchase_id', 'purchase', 'warranty_start', 'warranty_end', 'warranty_type', 'provider',
                                  'notes', 'status', 'created_at', 'updated_at'] as Set
        created.json.purchase == [id: kettle.id, product_name: 'Kettle', purchase_date: '2024-03-01']
        created.json.status == 'ACTIVE'
        ada.get("$WARRANTIES/${created.json.id}").json == created.json

        when:
        def patched = ada.send('PATCH', "$WARRANTIES/${created.json.id}", [provider: null, status: 'voided'])

        then:
        patched.status == 200
        patched.json.provider == null
        patched.json.status == 'VOIDED'
        patched.json.warranty_type == 'manufacturer'

        expect:
        ada.send('DELETE', "$WARRANTIES/${created.json.id}").status == 204
        ada.get("$WARRANTIES/${created.json.id}").status == 404
    }

    def "a missing start is the purchase date"() {
        expect:
        warranty().warranty_start == '2024-03-01'
    }

    def "#problem answers 422 naming #field"() {
        when:
        def answer = ada.send('POST', WARRANTIES, [purchase_id: kettle.id, warranty_start: '2024-03-01',
                                                   warranty_end: '2025-03-01'] + change)

        then:
        answer.status == 422
        answer.json.field_errors.keySet() == [field] as Set
        ada.get(WARRANTIES).json.total == 0

        where:
        problem                    | change                                        | field
        'an end before the start'  | [warranty_end: '2024-02-29']                  | 'warranty_end'
        'no end'                   | [warranty_end: null]                          | 'warranty_end'
        'no purchase'              | [purchase_id: null]                           | 'purchase_id'
        'an unknown purchase'      | [purchase_id: UUID.randomUUID().toString()]   | 'purchase_id'
        'a 51 character type'      | [warranty_type: 't' * 51]                     | 'warranty_type'
        'a 256 character provider' | [provider: 'p' * 256]                         | 'provider'
        'an unknown status'        | [status: 'BROKEN']                            | 'status'
        'a malformed date'         | [warranty_start: '01.03.2024']                | 'warranty_start'
    }

    def "an update that puts the end before the start is refused and changes nothing"() {
        given:
        def created = warranty(warranty_start: '2024-03-01', warranty_end: '2026-03-01')

        expect:
        ada.send('PUT', "$WARRANTIES/${created.id}", [warranty_end: '2024-01-01']).status == 422
        ada.get("$WARRANTIES/${created.id}").json.warranty_end == '2026-03-01'
    }

    def "another user's purchase cannot get a warranty, and another user's warranty is not found on every route"() {
        given:
        def bob = ApiClient.newUser(ada.http)
        def bobsPurchase = bob.send('POST', '/api/v1/purchases', [product_name: 'B', price: 1, purchase_date: '2024-01-01']).json
        def bobsWarranty = bob.send('POST', WARRANTIES, [purchase_id: bobsPurchase.id, warranty_end: '2030-01-01']).json
        def mine = warranty()

        expect:
        ada.send('POST', WARRANTIES, [purchase_id: bobsPurchase.id, warranty_end: '2030-01-01']).json.field_errors ==
                [purchase_id: ['Purchase not found']]
        ada.send('PATCH', "$WARRANTIES/${mine.id}", [purchase_id: bobsPurchase.id]).status == 422
        ada.get("$WARRANTIES/${bobsWarranty.id}").status == 404
        ada.send('PUT', "$WARRANTIES/${bobsWarranty.id}", [notes: 'x']).status == 404
        ada.send('PATCH', "$WARRANTIES/${bobsWarranty.id}", [notes: 'x']).status == 404
        ada.send('DELETE', "$WARRANTIES/${bobsWarranty.id}").status == 404
        ada.get(WARRANTIES).json.items*.id == [mine.id]
        bob.get("$WARRANTIES/${bobsWarranty.id}").json.notes == null
    }

    def "purchase_id narrows the list to that purchase's records; another user's purchase lists nothing"() {
        given:
        def manufacturer = warranty(warranty_type: 'manufacturer', warranty_end: today.plusYears(1).toString())
        def extended = warranty(warranty_type: 'extended', warranty_end: today.plusYears(3).toString())
        def toaster = ada.send('POST', '/api/v1/purchases', [product_name: 'Toaster', price: 20, purchase_date: '2024-03-01']).json
        def toasters = ada.send('POST', WARRANTIES, [purchase_id: toaster.id, warranty_end: '2030-01-01']).json
        def bob = ApiClient.newUser(ada.http)
        def bobsPurchase = bob.send('POST', '/api/v1/purchases', [product_name: 'B', price: 1, purchase_date: '2024-01-01']).json
        bob.send('POST', WARRANTIES, [purchase_id: bobsPurchase.id, warranty_end: '2030-01-01'])

        expect:
        ada.get("$WARRANTIES?purchase_id=${kettle.id}").json.items*.id == [extended.id, manufacturer.id]
        ada.get("$WARRANTIES?purchase_id=${kettle.id}").json.total == 2
        ada.get("$WARRANTIES?purchase_id=${toaster.id}").json.items*.id == [toasters.id]
        ada.get("$WARRANTIES?purchase_id=${kettle.id}&status=voided").json.items == []
        ada.get("$WARRANTIES?purchase_id=${bobsPurchase.id}").json.items == []
        ada.get("$WARRANTIES?purchase_id=${UUID.randomUUID()}").json.total == 0
        ada.get("$WARRANTIES?purchase_id=kettle").status == 422
        ada.get("$WARRANTIES?purchase_id=kettle").json.field_errors.keySet() == ['purchase_id'] as Set
    }

    def "the status a client sees is true: past its end a warranty reads EXPIRED unless voided"() {
        given:
        def lapsed = warranty(warranty_start: '2024-03-01', warranty_end: today.minusDays(1).toString(), status: 'ACTIVE')
        def endsToday = warranty(warranty_start: '2024-03-01', warranty_end: today.toString())
        def voided = warranty(warranty_start: '2024-03-01', warranty_end: today.minusDays(1).toString(), status: 'VOIDED')
        def declared = warranty(warranty_end: today.plusYears(1).toString(), status: 'EXPIRED')

        expect:
        lapsed.status == 'EXPIRED'
        ada.get("$WARRANTIES/${lapsed.id}").json.status == 'EXPIRED'
        endsToday.status == 'ACTIVE'
        voided.status == 'VOIDED'
        declared.status == 'EXPIRED'

        and: 'the status filter uses the same truth'
        ada.get("$WARRANTIES?status=active").json.items*.id == [endsToday.id]
        ada.get("$WARRANTIES?status=EXPIRED").json.items*.id as Set == [lapsed.id, declared.id] as Set
        ada.get("$WARRANTIES?status=voided").json.items*.id == [voided.id]
        ada.get(WARRANTIES).json.total == 4
        ada.get("$WARRANTIES?status=gone").status == 422
    }

    def "expiring lists active warranties ending within the days asked, soonest first, boundaries included"() {
        given:
        def ends = { int ahead -> warranty(warranty_start: '2024-03-01', warranty_end: today.plusDays(ahead).toString()) }
        def endsToday = ends(0)
        def inTen = ends(10)
        def inThirty = ends(30)
        ends(31)
        warranty(warranty_start: '2024-03-01', warranty_end: today.minusDays(1).toString())
        warranty(warranty_end: today.plusDays(5).toString(), status: 'VOIDED')
        warranty(warranty_end: today.plusDays(6).toString(), status: 'EXPIRED')

        expect:
        ada.get("$WARRANTIES/expiring?days=30").json.items*.id == [endsToday.id, inTen.id, inThirty.id]
        ada.get("$WARRANTIES/expiring").json.total == 3
        ada.get("$WARRANTIES/expiring?days=29").json.items*.id == [endsToday.id, inTen.id]
        ada.get("$WARRANTIES/expiring?days=1").json.items*.id == [endsToday.id]
        ada.get("$WARRANTIES/expiring?days=365").json.total == 4
        ada.get("$WARRANTIES/expiring?days=31").json.items[0].purchase.product_name == 'Kettle'
    }

    def "expiring days outside 1 to 365 answer 422"() {
        expect:
        with(ada.get("$WARRANTIES/expiring?days=$days")) {
            status == 422
            json.field_errors.keySet() == ['days'] as Set
        }

        where:
        days << [0, -1, 366, 'soon']
    }

    def "warranty_expiry on a purchase writes and reads its warranty record"() {
        when: 'set on create, a warranty from the purchase date is recorded'
        def created = ada.send('POST', '/api/v1/purchases', [product_name: 'TV', price: 499, purchase_date: '2024-05-01',
                                                             warranty_expiry: '2099-05-01']).json
        def records = ada.get(WARRANTIES).json.items.findAll { it.purchase_id == created.id }

        then:
        created.warranty_expiry == '2099-05-01'
        created.warranty.status == 'ACTIVE'
        created.warranty.count == 1
        records.size() == 1
        records[0].warranty_start == '2024-05-01'
        records[0].warranty_end == '2099-05-01'

        when: 'moved through the purchase'
        def moved = ada.send('PATCH', "/api/v1/purchases/${created.id}", [warranty_expiry: '2099-06-01']).json

        then:
        moved.warranty_expiry == '2099-06-01'
        ada.get("$WARRANTIES/${records[0].id}").json.warranty_end == '2099-06-01'

        when: 'moved through the warranty'
        ada.send('PATCH', "$WARRANTIES/${records[0].id}", [warranty_end: '2099-07-01'])

        then:
        ada.get("/api/v1/purchases/${created.id}").json.warranty_expiry == '2099-07-01'

        when: 'cleared through the purchase'
        def cleared = ada.send('PATCH', "/api/v1/purchases/${created.id}", [warranty_expiry: null]).json

        then:
        cleared.warranty_expiry == null
        cleared.warranty == null
        ada.get("$WARRANTIES/${records[0].id}").status == 404
    }

    def "a purchase's warranty summary shows its current warranty and expiry follows the records"() {
        given:
        warranty(warranty_end: '2098-01-01')
        def later = warranty(warranty_end: '2099-01-01')

        expect:
        with(ada.get("/api/v1/purchases/${kettle.id}").json) {
            warranty_expiry == '2099-01-01'
            warranty == [id: later.id, warranty_end: '2099-01-01', status: 'ACTIVE', count: 2]
        }

        when: 'the later one is voided'
        ada.send('PATCH', "$WARRANTIES/${later.id}", [status: 'VOIDED'])

        then:
        ada.get("/api/v1/purchases/${kettle.id}").json.warranty_expiry == '2098-01-01'
    }

    def "with several warranties warranty_expiry cannot be written through the purchase"() {
        given:
        warranty(warranty_end: '2098-01-01')
        warranty(warranty_end: '2099-01-01')

        expect:
        with(ada.send('PATCH', "/api/v1/purchases/${kettle.id}", [warranty_expiry: '2097-01-01', notes: 'n'])) {
            status == 422
            json.field_errors.keySet() == ['warranty_expiry'] as Set
        }
        ada.get("/api/v1/purchases/${kettle.id}").json.notes == null
        ada.get("/api/v1/purchases/${kettle.id}").json.warranty_expiry == '2099-01-01'
    }

    def "a warranty_expiry before the purchase date is refused and nothing is created"() {
        expect:
        ada.send('POST', '/api/v1/purchases', [product_name: 'TV', price: 499, purchase_date: '2024-05-01',
                                               warranty_expiry: '2024-04-30']).status == 422
        ada.get('/api/v1/purchases').json.total == 1
        ada.get(WARRANTIES).json.total == 0
    }

    def "deleting a purchase deletes its warranties"() {
        given:
        def record = warranty()

        when:
        ada.send('DELETE', "/api/v1/purchases/${kettle.id}")

        then:
        ada.get("$WARRANTIES/${record.id}").status == 404
        ada.get(WARRANTIES).json.total == 0
    }
}
