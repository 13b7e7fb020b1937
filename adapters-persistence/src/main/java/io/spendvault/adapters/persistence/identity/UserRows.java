package io.spendvault.adapters.persistence.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRows extends CrudRepository<UserRow, UUID> {

    @Query("SELECT * FROM users WHERE lower(username) = lower(:login) OR email = lower(:login) LIMIT 1")
    Optional<UserRow> findByLogin(String login);

    Optional<UserRow> findByEmail(String email);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE lower(username) = lower(:username) AND id <> :except)")
    boolean usernameTaken(String username, UUID except);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE email = :email AND id <> :except)")
    boolean emailTaken(String email, UUID except);

    @Query("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'ADMIN')")
    boolean anyAdmin();
}
