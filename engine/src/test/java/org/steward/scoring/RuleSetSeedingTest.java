package org.steward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.steward.support.TestDatabase;

/** Two nodes that start on an empty database at the same moment seed version 1 once between them. */
class RuleSetSeedingTest {

    private final DataSource database = emptyRuleSetTables();

    @Test
    void twoNodesSeedingAnEmptyStoreAtOnceStoreVersionOneOnce() {
        Map<String, String> shipped = ShippedRuleSet.files();
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> nodes = List.of(node(), node()).stream()
                .map(store -> CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return store.seed(shipped, Instant.now());
                })).toList();

        List<Boolean> seeded = nodes.stream().map(CompletableFuture::join).toList();

        assertThat(seeded).containsExactlyInAnyOrder(true, false);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_version", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_activation", Integer.class)).isOne();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rule_set_file", Integer.class)).isEqualTo(shipped.size());
        assertThat(node().activeVersion()).contains(1);
        assertThat(node().files(1)).isEqualTo(shipped);
        assertThat(node().seed(shipped, Instant.now())).as("a later start").isFalse();
    }

    /** A store on its own connections and transactions, like another engine node's. */
    private RuleSetStore node() {
        ProxyFactory proxy = new ProxyFactory(new RuleSetStore(new JdbcTemplate(database)));
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(new DataSourceTransactionManager(database),
                new AnnotationTransactionAttributeSource()));
        return (RuleSetStore) proxy.getProxy();
    }

    private static DataSource emptyRuleSetTables() {
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(),
                TestDatabase.isolated("steward_rule_set_seeding"), TestDatabase.username(), TestDatabase.password());
        new ResourceDatabasePopulator(new ClassPathResource("db/migration/V30__rule_sets.sql")).execute(dataSource);
        return dataSource;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
