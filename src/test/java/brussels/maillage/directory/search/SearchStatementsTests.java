package brussels.maillage.directory.search;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.territory.TerritoryService;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a search asks PostgreSQL (issue 17): the directory's version, and nothing else
 * while the directory does not change; the page's rows come from the index, and the
 * taxonomy (for the counts per theme) is read again only when the version moved. Counted
 * on an instance of its own whose statements all go through a counting data source.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchStatementsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryStore store;

	@Autowired
	TerritoryService territory;

	@Autowired
	PlaceResolver places;

	@Autowired
	JdbcClient jdbc;

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger themeReads = new AtomicInteger();

	/**
	 * The data source, counting every statement executed on its connections (a statement
	 * prepared once and executed again counts at each execution).
	 */
	private DataSource counting() {
		InvocationHandler onDataSource = (proxy, method, args) -> {
			Object result = invoke(this.dataSource, method, args);
			if (result instanceof Connection connection) {
				return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
						(p, m, a) -> counted(invoke(connection, m, a)));
			}
			return result;
		};
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				onDataSource);
	}

	/** A statement that counts its executions; anything else as it is. */
	private Object counted(Object result) {
		if (!(result instanceof Statement statement)) {
			return result;
		}
		Class<?> type = (statement instanceof CallableStatement) ? CallableStatement.class
				: (statement instanceof PreparedStatement) ? PreparedStatement.class : Statement.class;
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, (p, m, a) -> {
			if (m.getName().startsWith("execute")) {
				this.statements.incrementAndGet();
			}
			return invoke(statement, m, a);
		});
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/** The directory's reads, counting those of the taxonomy. */
	private DirectoryStore countingStore() {
		ProxyFactory factory = new ProxyFactory(this.store);
		factory.setProxyTargetClass(true);
		factory.addAdvice((MethodInterceptor) (invocation) -> {
			if (invocation.getMethod().getName().equals("themes")) {
				this.themeReads.incrementAndGet();
			}
			return invocation.proceed();
		});
		return (DirectoryStore) factory.getProxy();
	}

	@Test
	void aSearchAsksPostgresqlForTheDirectoryVersionOnly() {
		RegisterOrganization organization = organization("Asbl Sornevelle", "21015", 50.867, 4.378);
		this.directory.register(organization);
		RegisterService service = french(organization, "Permanence Sornevelle", "Écoute et orientation",
				AreaLevel.REGION, List.of(), "seniors");
		this.directory.register(service, "test");
		ServiceSearch search = new ServiceSearch(counting(), countingStore(), this.territory, this.places);
		try {
			// The first search builds the index and reads the taxonomy.
			SearchResults first = search.search(SearchQuery.of("sornevelle", Place.NOWHERE));
			assertThat(first.hits()).extracting(SearchHit::organization).containsExactly("Asbl Sornevelle");
			int themesAfterFirst = this.themeReads.get();
			assertThat(themesAfterFirst).isEqualTo(1);

			for (String text : List.of("sornevelle", "permanence", "ecoute orientation", "sornevele")) {
				for (boolean facets : List.of(true, false)) {
					this.statements.set(0);
					SearchResults results = search.search(SearchQuery.of(text, Place.NOWHERE), facets);
					assertThat(results.hits()).as(text).isNotEmpty();
					assertThat(this.statements.get()).as("statements of a search for " + text).isEqualTo(1);
				}
			}
			assertThat(this.themeReads.get()).as("the taxonomy is not read again while nothing changes")
				.isEqualTo(themesAfterFirst);

			// A change: the version moved, the change log is read, the service read again
			// and the taxonomy read once more; then one statement per search again.
			this.jdbc.sql("update organization set name = 'Maison Sornevelle' where id = ?")
				.param(organization.id())
				.update();
			this.statements.set(0);
			assertThat(search.search(SearchQuery.of("sornevelle", Place.NOWHERE)).hits())
				.extracting(SearchHit::organization)
				.containsExactly("Maison Sornevelle");
			assertThat(this.statements.get()).as("statements of the search that caught up").isGreaterThan(1);
			assertThat(this.themeReads.get()).isEqualTo(themesAfterFirst + 1);
			this.statements.set(0);
			search.search(SearchQuery.of("sornevelle", Place.NOWHERE));
			assertThat(this.statements.get()).isEqualTo(1);
		}
		finally {
			search.close();
		}
	}

}
