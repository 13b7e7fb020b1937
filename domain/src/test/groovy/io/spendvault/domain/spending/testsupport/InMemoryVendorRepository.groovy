package io.spendvault.domain.spending.testsupport

import io.spendvault.domain.common.ConflictException
import io.spendvault.domain.common.Page
import io.spendvault.domain.common.PageRequest
import io.spendvault.domain.identity.UserId
import io.spendvault.domain.spending.Vendor
import io.spendvault.domain.spending.VendorId
import io.spendvault.domain.spending.VendorKind
import io.spendvault.domain.spending.port.VendorRepository

import java.util.function.Consumer

/** Retailers and brands in memory, for application specs. */
class InMemoryVendorRepository implements VendorRepository {

    final Map<VendorId, Vendor> vendors = [:]

    @Override
    void insert(Vendor vendor) {
        requireFreeName(vendor)
        vendors[vendor.id()] = vendor
    }

    @Override
    void update(Vendor vendor) {
        requireFreeName(vendor)
        vendors[vendor.id()] = vendor
    }

    @Override
    Optional<Vendor> findById(VendorId id) {
        Optional.ofNullable(vendors[id])
    }

    @Override
    boolean delete(VendorId id) {
        vendors.remove(id) != null
    }

    @Override
    Page<Vendor> list(VendorKind kind, UserId owner, String search, PageRequest page) {
        def matching = vendors.values().findAll { it.kind() == kind && it.owner() == owner }
                .findAll { search == null || it.canonicalName().contains(search.toLowerCase()) }
                .sort { a, b -> a.canonicalName() <=> b.canonicalName() ?: a.id().value() <=> b.id().value() }
        new Page<>(matching.drop((int) page.offset()).take(page.size()), matching.size(), page)
    }

    @Override
    Optional<Vendor> findByName(VendorKind kind, UserId owner, String name) {
        Optional.ofNullable(vendors.values().find { it.kind() == kind && it.owner() == owner && it.canonicalName() == name?.strip()?.toLowerCase() })
    }

    @Override
    void forEachOf(VendorKind kind, UserId owner, Consumer<Vendor> each) {
        vendors.values().findAll { it.kind() == kind && it.owner() == owner }
                .sort { a, b -> a.createdAt() <=> b.createdAt() ?: a.id().value() <=> b.id().value() }.each { each.accept(it) }
    }

    @Override
    long deleteAllOf(VendorKind kind, UserId owner) {
        def own = vendors.values().findAll { it.kind() == kind && it.owner() == owner }
        own.each { vendors.remove(it.id()) }
        own.size()
    }

    private void requireFreeName(Vendor vendor) {
        if (vendors.values().any { it.id() != vendor.id() && it.kind() == vendor.kind() && it.owner() == vendor.owner()
                && it.canonicalName() == vendor.canonicalName() }) {
            throw new ConflictException('NAME_TAKEN', 'name taken')
        }
    }
}
