package io.spendvault.application.identity;

import io.spendvault.application.common.port.out.Transactions;
import io.spendvault.application.identity.port.in.AdministerUsersUseCase;
import io.spendvault.application.identity.port.in.AdministeredUser;
import io.spendvault.application.identity.port.in.SystemStats;
import io.spendvault.domain.admin.AuditEntry;
import io.spendvault.domain.admin.SystemCounts;
import io.spendvault.domain.admin.port.AdminAuditLog;
import io.spendvault.domain.admin.port.SystemStatistics;
import io.spendvault.domain.common.ConflictException;
import io.spendvault.domain.common.Page;
import io.spendvault.domain.common.PageRequest;
import io.spendvault.domain.common.ResourceNotFoundException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.common.UnauthenticatedException;
import io.spendvault.domain.identity.Role;
import io.spendvault.domain.identity.User;
import io.spendvault.domain.identity.UserId;
import io.spendvault.domain.identity.UserQuery;
import io.spendvault.domain.identity.port.SessionRepository;
import io.spendvault.domain.identity.port.UserRepository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Administration of accounts: the list with what each holds, role / active / quota changes with their
 * audit trail, and the server's statistics. There is always one active administrator left: a change that
 * would remove the last one is refused, also when two such changes race (both lock the administrators).
 */
public class UserAdministrationService implements AdministerUsersUseCase {

    private final UserRepository users;
    private final SessionRepository sessions;
    private final AdminAuditLog audit;
    private final SystemStatistics statistics;
    private final Transactions transactions;
    private final long defaultQuotaBytes;
    private final Clock clock;

    public UserAdministrationService(UserRepository users, SessionRepository sessions, AdminAuditLog audit,
                                     SystemStatistics statistics, Transactions transactions, long defaultQuotaBytes,
                                     Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.statistics = statistics;
        this.transactions = transactions;
        this.defaultQuotaBytes = defaultQuotaBytes;
        this.clock = clock;
    }

    @Override
    public Page<AdministeredUser> listUsers(UserQuery query) {
        return users.list(query).map(AdministeredUser::of);
    }

    @Override
    public AdministeredUser user(UserId id) {
        return users.overview(id).map(AdministeredUser::of).orElseThrow(UserAdministrationService::notFound);
    }

    @Override
    public AdministeredUser update(UpdateUserCommand command) {
        Role role = command.role().sent() ? role(command.role().value()) : null;
        if (command.active().sent() && command.active().value() == null) {
            throw new RuleViolationException("is_active", "is_active must be true or false");
        }
        Long quota = command.storageQuota().value();
        if (quota != null && quota < 0) {
            throw new RuleViolationException("storage_quota", "storage_quota must be 0 or more bytes, or null for the default");
        }
        transactions.inTransaction(() -> {
            // Administrators first, then the account: every update takes the locks in this order.
            int activeAdmins = users.lockActiveAdmins();
            User before = users.lockById(command.target()).orElseThrow(UserAdministrationService::notFound);
            User after = before.administered(role == null ? before.role() : role,
                    command.active().orElse(before.active()), command.storageQuota().orElse(before.storageQuota()),
                    clock.instant());
            boolean removesAnAdmin = isActiveAdmin(before) && !isActiveAdmin(after);
            if (removesAnAdmin && activeAdmins <= 1) {
                throw new ConflictException("LAST_ADMIN", "The last active administrator cannot be demoted or deactivated");
            }
            if (after.role() == before.role() && after.active() == before.active()
                    && Objects.equals(after.storageQuota(), before.storageQuota())) {
                return null; // nothing changed: no write, no audit entry
            }
            users.update(after);
            if (before.active() && !after.active()) {
                sessions.revokeAllOf(after.id(), null, after.updatedAt());
            }
            User actor = users.findById(command.actor())
                    .orElseThrow(() -> new UnauthenticatedException("UNAUTHORIZED", "The account no longer exists"));
            record(actor, before, after, "role", before.role().externalName(), after.role().externalName());
            record(actor, before, after, "is_active", String.valueOf(before.active()), String.valueOf(after.active()));
            record(actor, before, after, "storage_quota", text(before.storageQuota()), text(after.storageQuota()));
            return null;
        });
        return user(command.target());
    }

    @Override
    public SystemStats stats() {
        SystemCounts counts = statistics.count(clock.instant());
        SystemCounts.Storage storage = counts.storage();
        long quotaTotal = saturatedAdd(storage.ownQuotaBytes(), saturatedMultiply(storage.accountsOnDefaultQuota(), defaultQuotaBytes));
        BigDecimal usage = quotaTotal == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(storage.logicalBytes()).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(quotaTotal), 1, RoundingMode.HALF_EVEN);
        return new SystemStats(counts.users(), counts.files(), new SystemStats.Storage(storage.logicalBytes(),
                storage.storedBytes(), storage.logicalBytes() - storage.storedBytes(), quotaTotal, usage), counts.purchases());
    }

    @Override
    public Page<AuditEntry> audit(PageRequest page) {
        return audit.list(page);
    }

    private void record(User actor, User before, User after, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            audit.append(new AuditEntry(UUID.randomUUID(), actor.id(), actor.username().value(), AuditEntry.UPDATE_USER,
                    after.id(), before.username().value(), field, from, to, after.updatedAt()));
        }
    }

    private static boolean isActiveAdmin(User user) {
        return user.active() && user.isAdmin();
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values())
                .filter(candidate -> candidate.externalName().equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("role", "role must be user or admin"));
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    private static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException("USER_NOT_FOUND", "User not found");
    }
}
