package brussels.maillage.system.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock a process holds on a data folder for as long as it runs: an
 * operating-system lock on {@code maillage.lock}, which the system releases when the
 * process ends however it ends (even {@code kill -9}). The file also tells others who
 * holds it: pid, host, start time, command line, and the ports of its PostgreSQL and web
 * server once known.
 */
public final class DataFolderLock {

	/** The lock file's name inside the data folder. */
	public static final String FILE = "maillage.lock";

	/**
	 * The locked byte lies past the written text, so that other processes can read who
	 * holds the folder on systems whose locks are mandatory (Windows).
	 */
	private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;

	private static final Map<Path, DataFolderLock> held = new ConcurrentHashMap<>();

	private final Path file;

	private final FileChannel channel;

	private final FileLock lock;

	private final Properties owner = new Properties();

	private DataFolderLock(Path file, FileChannel channel, FileLock lock) {
		this.file = file;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * Takes the lock on {@code dataDir} for this process (again, if this process already
	 * holds it).
	 * @throws DataFolderInUseException when another process holds it
	 */
	public static DataFolderLock acquire(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		return held.computeIfAbsent(dir, DataFolderLock::take);
	}

	/**
	 * The owner's description when another process holds the lock on {@code dataDir},
	 * empty when nobody (or this process) holds it.
	 */
	public static Optional<Owner> heldElsewhere(Path dataDir) {
		Path dir = dataDir.toAbsolutePath().normalize();
		if (held.containsKey(dir) || !Files.exists(dir.resolve(FILE))) {
			return Optional.empty();
		}
		try (FileChannel channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
			if (lock != null) {
				lock.release();
				return Optional.empty();
			}
			return Optional.of(readOwner(dir.resolve(FILE)));
		}
		catch (OverlappingFileLockException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the lock of the data folder " + dir, ex);
		}
	}

	private static DataFolderLock take(Path dir) {
		Path file = dir.resolve(FILE);
		try {
			Files.createDirectories(dir);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock(LOCKED_BYTE, 1, false);
			}
			catch (IOException | RuntimeException ex) {
				channel.close();
				throw ex;
			}
			if (lock == null) {
				channel.close();
				throw new DataFolderInUseException(dir, readOwner(file));
			}
			DataFolderLock folderLock = new DataFolderLock(file, channel, lock);
			ProcessHandle self = ProcessHandle.current();
			folderLock.owner.setProperty("pid", String.valueOf(self.pid()));
			folderLock.owner.setProperty("host", hostName());
			folderLock.owner.setProperty("started", Instant.now().toString());
			self.info().commandLine().ifPresent((line) -> folderLock.owner.setProperty("command", line));
			folderLock.write();
			return folderLock;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock the data folder " + dir, ex);
		}
	}

	/**
	 * Records a fact others may need (the PostgreSQL port, the web port) in the lock
	 * file.
	 */
	public synchronized void record(String key, String value) {
		this.owner.setProperty(key, value);
		try {
			write();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + this.file, ex);
		}
	}

	/** The folder this lock holds. */
	public Path dataDir() {
		return this.file.getParent();
	}

	private void write() throws IOException {
		StringWriter text = new StringWriter();
		this.owner.store(text, "Held by a running Maillage; released by the system when it ends");
		byte[] bytes = text.toString().getBytes(StandardCharsets.ISO_8859_1);
		this.channel.truncate(0);
		this.channel.write(ByteBuffer.wrap(bytes), 0);
		this.channel.force(false);
	}

	/** Whether this process still holds the lock. */
	boolean valid() {
		return this.lock.isValid();
	}

	private static Owner readOwner(Path file) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
		}
		catch (IOException ex) {
			// Who holds it stays unknown; that it is held is what matters.
		}
		return new Owner(properties);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/** What the process holding a data folder wrote about itself. */
	public record Owner(Properties properties) {

		public String pid() {
			return this.properties.getProperty("pid", "unknown");
		}

		/** The port of the PostgreSQL it runs, if it wrote one. */
		public Optional<Integer> postgresPort() {
			return Optional.ofNullable(this.properties.getProperty("postgres.port")).map(Integer::valueOf);
		}

		/** One line naming the process, for messages. */
		public String describe() {
			StringBuilder text = new StringBuilder("pid ").append(pid());
			text.append(" on host ").append(this.properties.getProperty("host", "unknown"));
			if (this.properties.containsKey("started")) {
				text.append(", started ").append(this.properties.getProperty("started"));
			}
			if (this.properties.containsKey("web.port")) {
				text.append(", web port ").append(this.properties.getProperty("web.port"));
			}
			if (this.properties.containsKey("postgres.port")) {
				text.append(", PostgreSQL port ").append(this.properties.getProperty("postgres.port"));
			}
			if (this.properties.containsKey("command")) {
				String command = this.properties.getProperty("command");
				text.append(", command: ")
					.append((command.length() > 300) ? command.substring(0, 300) + " …" : command);
			}
			return text.toString();
		}

	}

}
