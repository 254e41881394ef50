package io.pmo.portfolio.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The cross-portfolio claim on a real PostgreSQL migrated by the service's Flyway scripts, inside Spring
 * transactions as Axon runs commands: a project is held by one portfolio, a failed command releases its claim, and
 * two portfolios claiming at once agree on one holder.
 */
class JdbcProjectMembershipsTests {

    private static EmbeddedPostgres postgres;

    private static DataSource dataSource;

    private static JdbcProjectMemberships memberships;

    private static TransactionTemplate transactions;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/pmo-axon", "classpath:db/portfolio").load()
                .migrate();
        memberships = new JdbcProjectMemberships(new JdbcTemplate(dataSource));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static String claim(String tenant, String project, String portfolio) {
        return transactions.execute(status -> memberships.claim(tenant, project, portfolio));
    }

    @Test
    void theFirstPortfolioHoldsTheProjectAndAnotherIsToldWhichOne() {
        assertThat(claim("acme", "project-1", "portfolio-a")).isEqualTo("portfolio-a");
        assertThat(claim("acme", "project-1", "portfolio-b")).isEqualTo("portfolio-a");
        assertThat(claim("acme", "project-1", "portfolio-a")).isEqualTo("portfolio-a");
        assertThat(claim("globex", "project-1", "portfolio-g")).as("tenants apart").isEqualTo("portfolio-g");
    }

    @Test
    void aReleaseByTheHolderFreesTheProjectAndAnotherPortfoliosReleaseDoesNot() {
        claim("acme", "project-3", "portfolio-a");
        transactions.executeWithoutResult(status -> memberships.release("acme", "project-3", "portfolio-b"));
        assertThat(claim("acme", "project-3", "portfolio-b")).isEqualTo("portfolio-a");
        transactions.executeWithoutResult(status -> memberships.release("acme", "project-3", "portfolio-a"));
        assertThat(claim("acme", "project-3", "portfolio-b")).isEqualTo("portfolio-b");
    }

    @Test
    void aCommandThatFailsAfterItsClaimReleasesIt() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            memberships.claim("acme", "project-2", "portfolio-a");
            throw new IllegalStateException("the event append failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(claim("acme", "project-2", "portfolio-b")).isEqualTo("portfolio-b");
    }

    @Test
    void portfoliosClaimingAtOnceAgreeOnOneHolder() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String project = "contested-" + round;
                List<Callable<String>> claims = List.of("p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-8")
                        .stream().map(portfolio -> (Callable<String>) () -> claim("acme", project, portfolio))
                        .toList();
                List<String> holders = threads.invokeAll(claims).stream().map(JdbcProjectMembershipsTests::get)
                        .distinct().toList();
                assertThat(holders).as(project).hasSize(1);
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
