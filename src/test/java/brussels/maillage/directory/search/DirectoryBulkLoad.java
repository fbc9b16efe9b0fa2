package brussels.maillage.directory.search;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.directory.demo.SyntheticDirectory;
import brussels.maillage.system.LocalizedText;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a synthetic directory with PostgreSQL {@code COPY} (pgjdbc's
 * {@link CopyManager}), in chunks of whole organisations on a few connections at once.
 * The search columns are still computed by the {@code service_search} trigger, as for
 * rows written by the application: theme links are copied first with triggers off
 * ({@code session_replication_role = replica}) so the trigger sees them when the service
 * arrives. Rows loaded here are marked by their organisations' {@code created_at} so that
 * {@link #remove()} can take them out again.
 */
final class DirectoryBulkLoad {

	/** The creation time of every organisation loaded here. */
	static final Instant MARK = Instant.parse("2000-01-01T00:00:00Z");

	private static final int CHUNK = 10_000;

	private final DataSource dataSource;

	private final DirectoryStore store;

	private final Map<String, UUID> terms = new HashMap<>();

	DirectoryBulkLoad(DataSource dataSource, DirectoryStore store) {
		this.dataSource = dataSource;
		this.store = store;
	}

	/**
	 * Generates {@code count} services from {@code seed} and copies them in, on
	 * {@code connections} connections.
	 * @return the number of services loaded
	 */
	long load(long seed, int count, int connections) throws Exception {
		for (Theme theme : this.store.themes()) {
			this.terms.put(theme.code(), theme.id());
		}
		// The generator's fixed organisations with name-based ids (the CPAS of the
		// demo) may already be in the database: left out with their services.
		Set<UUID> present = new HashSet<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("select id from organization")) {
			while (rows.next()) {
				present.add(rows.getObject(1, UUID.class));
			}
		}
		BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(connections * 2);
		Chunk end = new Chunk();
		AtomicLong loaded = new AtomicLong();
		ExecutorService workers = Executors.newFixedThreadPool(connections);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			futures.add(workers.submit(() -> {
				try (Connection connection = this.dataSource.getConnection()) {
					for (Chunk chunk = queue.take(); chunk != end; chunk = queue.take()) {
						copy(connection, chunk);
						loaded.addAndGet(chunk.services);
					}
				}
				return null;
			}));
		}
		try {
			Chunk[] current = { new Chunk() };
			SyntheticDirectory.generate(seed, count, new SyntheticDirectory.Sink() {

				@Override
				public void organization(RegisterOrganization organization) {
					if (present.contains(organization.id())) {
						return;
					}
					if (current[0].services >= CHUNK) {
						put(queue, current[0]);
						current[0] = new Chunk();
					}
					current[0].add(organization);
				}

				@Override
				public void service(RegisterService service) {
					if (present.contains(service.organizationId())) {
						return;
					}
					current[0].add(service);
				}

			});
			put(queue, current[0]);
		}
		finally {
			for (int i = 0; i < connections; i++) {
				put(queue, end);
			}
			workers.shutdown();
		}
		for (Future<?> future : futures) {
			future.get();
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("vacuum (analyze) organization, location, service, service_taxonomy, "
					+ "service_at_location, phone, schedule");
		}
		return loaded.get();
	}

	private static void put(BlockingQueue<Chunk> queue, Chunk chunk) {
		try {
			queue.put(chunk);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void copy(Connection connection, Chunk chunk) throws Exception {
		connection.setAutoCommit(false);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (Statement statement = connection.createStatement()) {
			copy.copyIn("copy organization (id, name, description, email, website, created_at) from stdin",
					new StringReader(chunk.organizations.toString()));
			copy.copyIn("copy location (id, organization_id, name, address, postcode, city, commune_nis, latitude,"
					+ " longitude, confidential) from stdin", new StringReader(chunk.locations.toString()));
			statement.execute("set local session_replication_role = replica");
			copy.copyIn("copy service_taxonomy (service_id, taxonomy_term_id) from stdin",
					new StringReader(chunk.themes.toString()));
			statement.execute("set local session_replication_role = origin");
			copy.copyIn("copy service (id, organization_id, name, description, application_process, fees_description,"
					+ " eligibility_description, status, kind, url, email, minimum_age, maximum_age, cost, languages,"
					+ " target_groups, area_level, area_codes, last_verified_at, last_verified_by) from stdin",
					new StringReader(chunk.services(connection).toString()));
			copy.copyIn("copy service_at_location (id, service_id, location_id) from stdin",
					new StringReader(chunk.links.toString()));
			copy.copyIn("copy phone (id, service_id, number) from stdin", new StringReader(chunk.phones.toString()));
			copy.copyIn("copy schedule (id, service_id, weekday, opens_at, closes_at) from stdin",
					new StringReader(chunk.schedules.toString()));
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	/** Takes the loaded organisations, their places and services out again. */
	void remove() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("set local session_replication_role = replica");
			statement.execute("create temporary table bench_service on commit drop as select s.id from service s"
					+ " join organization o on o.id = s.organization_id where o.created_at = '" + MARK + "'");
			for (String table : List.of("schedule", "phone", "service_at_location", "service_taxonomy",
					"service_history")) {
				statement.execute("delete from " + table + " where service_id in (select id from bench_service)");
			}
			statement.execute("delete from service where id in (select id from bench_service)");
			statement.execute("delete from location where organization_id in (select id from organization"
					+ " where created_at = '" + MARK + "')");
			statement.execute("delete from organization where created_at = '" + MARK + "'");
			connection.commit();
			connection.setAutoCommit(true);
			statement.execute("vacuum (analyze) organization, location, service, service_taxonomy, "
					+ "service_at_location, phone, schedule");
		}
	}

	/** COPY text of a chunk of whole organisations with their services. */
	private final class Chunk {

		final StringBuilder organizations = new StringBuilder();

		final StringBuilder locations = new StringBuilder();

		final StringBuilder themes = new StringBuilder();

		final List<RegisterService> pending = new ArrayList<>();

		final StringBuilder links = new StringBuilder();

		final StringBuilder phones = new StringBuilder();

		final StringBuilder schedules = new StringBuilder();

		int services;

		void add(RegisterOrganization organization) {
			row(this.organizations, organization.id(), organization.name(), json(organization.description()),
					organization.email(), organization.website(), MARK);
			for (ServiceLocation l : organization.locations()) {
				row(this.locations, l.id(), organization.id(), l.name(), l.address(), l.postcode(), l.city(),
						l.communeNis(), l.latitude(), l.longitude(), l.confidential());
			}
		}

		void add(RegisterService service) {
			this.services++;
			this.pending.add(service);
			for (String code : service.themeCodes()) {
				UUID term = DirectoryBulkLoad.this.terms.get(code);
				if (term == null) {
					throw new IllegalArgumentException("Unknown theme " + code);
				}
				row(this.themes, service.id(), term);
			}
			for (UUID location : service.locationIds()) {
				row(this.links, DirectoryStore.serviceAtLocationId(service.id(), location), service.id(), location);
			}
			for (String phone : service.phones()) {
				row(this.phones, UUID.randomUUID(), service.id(), phone);
			}
			for (OpeningHours hours : service.openingHours()) {
				row(this.schedules, UUID.randomUUID(), service.id(), hours.day().getValue(), hours.opensAt(),
						hours.closesAt());
			}
		}

		StringBuilder services(Connection connection) throws SQLException {
			StringBuilder rows = new StringBuilder();
			for (RegisterService s : this.pending) {
				row(rows, s.id(), s.organizationId(), json(s.name()), json(s.description()),
						json(s.applicationProcess()), json(s.feesDescription()), json(s.eligibility()),
						s.status().code(), s.kind().code(), s.url(), s.email(), s.minimumAge(), s.maximumAge(),
						s.cost().code(), textArray(connection, s.languages()), textArray(connection, s.targetGroups()),
						s.areaLevel().name(), textArray(connection, s.areaCodes()), s.lastVerifiedAt(),
						s.lastVerifiedBy());
			}
			return rows;
		}

		/** The array literal ({@code {"a","b"}}) the driver writes for the values. */
		private static String textArray(Connection connection, List<String> values) throws SQLException {
			return connection.createArrayOf("text", values.toArray()).toString();
		}

		private String json(LocalizedText text) {
			return DirectoryBulkLoad.this.store.toJson(text);
		}

	}

	/** One line of COPY text format. */
	static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else {
				String text = value.toString();
				for (int c = 0; c < text.length(); c++) {
					char ch = text.charAt(c);
					switch (ch) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(ch);
					}
				}
			}
		}
		out.append('\n');
	}

}
