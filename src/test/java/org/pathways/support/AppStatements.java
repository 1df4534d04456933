package org.pathways.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * The SQL statements a page issues, for statement-count tests: those run on the calling thread while
 * recording, without the session store's (MockMvc's {@code user()} stores a new session per request,
 * where a browser reuses its own). Needs the counting data source of PathwaysTestSupport.
 */
public final class AppStatements implements QueryExecutionListener {

    private final ThreadLocal<List<String>> recorded = new ThreadLocal<>();

    private AppStatements() {
    }

    public static synchronized AppStatements of(DataSource dataSource) {
        if (!(dataSource instanceof ProxyDataSource proxy)) {
            throw new IllegalStateException("Import PathwaysTestSupport: statements are counted on its data source");
        }
        var listeners = ((net.ttddyy.dsproxy.listener.ChainListener) proxy.getProxyConfig().getQueryListener())
                .getListeners();
        for (QueryExecutionListener listener : listeners) {
            if (listener instanceof AppStatements existing) {
                return existing;
            }
        }
        AppStatements statements = new AppStatements();
        proxy.addListener(statements);
        return statements;
    }

    public interface Action {
        void run() throws Exception;
    }

    public List<String> during(Action action) throws Exception {
        recorded.set(new ArrayList<>());
        try {
            action.run();
            return List.copyOf(recorded.get());
        } finally {
            recorded.remove();
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        List<String> list = recorded.get();
        if (list == null) {
            return;
        }
        for (QueryInfo query : queries) {
            String sql = query.getQuery();
            if (!sql.toLowerCase(Locale.ROOT).contains("spring_session")) {
                list.add(sql);
            }
        }
    }
}
