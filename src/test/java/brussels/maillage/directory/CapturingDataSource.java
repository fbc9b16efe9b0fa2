package brussels.maillage.directory;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source that records every prepared statement executed through it, with its
 * parameters, so that the exact SQL the application ran can be replayed or explained
 * later.
 */
final class CapturingDataSource implements DataSource {

	/**
	 * A statement as executed.
	 *
	 * @param sql the SQL with {@code ?} placeholders
	 * @param setters the parameter setter calls, by parameter index
	 */
	record Captured(String sql, Map<Integer, Setter> setters) {

		/**
		 * Prepares this statement's SQL behind {@code prefix}, with the same parameters.
		 */
		PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
			PreparedStatement statement = connection.prepareStatement(prefix + this.sql);
			for (Setter setter : this.setters.values()) {
				try {
					setter.method().invoke(statement, setter.args());
				}
				catch (IllegalAccessException | InvocationTargetException ex) {
					throw new SQLException("Could not replay " + setter.method().getName(), ex);
				}
			}
			return statement;
		}

	}

	/** A call of a {@code setXxx(int index, ...)} method. */
	record Setter(Method method, Object[] args) {
	}

	private final DataSource target;

	private final List<Captured> captured = new ArrayList<>();

	CapturingDataSource(DataSource target) {
		this.target = target;
	}

	/** The statements captured since the last call, and forgets them. */
	synchronized List<Captured> drain() {
		List<Captured> result = List.copyOf(this.captured);
		this.captured.clear();
		return result;
	}

	private synchronized void record(Captured statement) {
		this.captured.add(statement);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connection(this.target.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connection(this.target.getConnection(username, password));
	}

	private Connection connection(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result = invoke(method, connection, args);
			if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
				return statement((PreparedStatement) result, sql);
			}
			if (method.getName().equals("createStatement")) {
				return plain((Statement) result);
			}
			return result;
		};
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

	private PreparedStatement statement(PreparedStatement statement, String sql) {
		Map<Integer, Setter> setters = new TreeMap<>();
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
				setters.put(index, new Setter(method, args.clone()));
			}
			else if (name.equals("clearParameters")) {
				setters.clear();
			}
			else if (name.startsWith("execute")) {
				record(new Captured(sql, new TreeMap<>(setters)));
			}
			return invoke(method, statement, args);
		};
		return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { PreparedStatement.class }, handler);
	}

	private Statement plain(Statement statement) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && args != null && args[0] instanceof String sql) {
				record(new Captured(sql, Map.of()));
			}
			return invoke(method, statement, args);
		};
		return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Statement.class },
				handler);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@Override
	public PrintWriter getLogWriter() throws SQLException {
		return this.target.getLogWriter();
	}

	@Override
	public void setLogWriter(PrintWriter out) throws SQLException {
		this.target.setLogWriter(out);
	}

	@Override
	public void setLoginTimeout(int seconds) throws SQLException {
		this.target.setLoginTimeout(seconds);
	}

	@Override
	public int getLoginTimeout() throws SQLException {
		return this.target.getLoginTimeout();
	}

	@Override
	public Logger getParentLogger() throws SQLFeatureNotSupportedException {
		return this.target.getParentLogger();
	}

	@Override
	public <T> T unwrap(Class<T> iface) throws SQLException {
		return this.target.unwrap(iface);
	}

	@Override
	public boolean isWrapperFor(Class<?> iface) throws SQLException {
		return this.target.isWrapperFor(iface);
	}

}
