package brussels.maillage.directory.exchange.reading;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded package (a zip, or a folder) with limits checked while reading, so
 * that a zip bomb is refused after a few megabytes instead of filling the memory: the
 * size of the upload, the number of entries, the uncompressed size of each entry and of
 * all of them, and the compression ratio. The zip is read as a stream, never as a whole.
 */
@Component
public class PackageReader {

	/** The ratio is only checked past this many uncompressed bytes (small files vary). */
	private static final long RATIO_FROM = 1 << 20;

	private final Limits limits;

	@Autowired
	PackageReader(@Value("${maillage.directory.import.max-upload-mb:256}") long maxUploadMb,
			@Value("${maillage.directory.import.max-entries:200}") int maxEntries,
			@Value("${maillage.directory.import.max-entry-mb:256}") long maxEntryMb,
			@Value("${maillage.directory.import.max-total-mb:512}") long maxTotalMb,
			@Value("${maillage.directory.import.max-ratio:100}") int maxRatio) {
		this(new Limits(maxUploadMb << 20, maxEntries, maxEntryMb << 20, maxTotalMb << 20, maxRatio));
	}

	public PackageReader(Limits limits) {
		this.limits = limits;
	}

	Limits limits() {
		return this.limits;
	}

	/**
	 * The limits of an upload.
	 *
	 * @param maxUploadBytes size of the zip itself
	 * @param maxEntries number of files in the zip
	 * @param maxEntryBytes uncompressed size of one file
	 * @param maxTotalBytes uncompressed size of all files
	 * @param maxRatio uncompressed bytes per compressed byte
	 */
	public record Limits(long maxUploadBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {

		public static final Limits DEFAULT = new Limits(256L << 20, 200, 256L << 20, 512L << 20, 100);

	}

	/** An upload beyond one of the limits; {@code limit} names it, as the report says. */
	public static final class TooLargeException extends RuntimeException {

		private final String limit;

		private final long value;

		TooLargeException(String limit, long value, String message) {
			super(message);
			this.limit = limit;
			this.value = value;
		}

		/** The limit passed: upload, entries, entry, total or ratio. */
		public String limit() {
			return this.limit;
		}

		/** The limit's value (bytes, entries or ratio). */
		public long value() {
			return this.value;
		}

	}

	/**
	 * The files of a zip read from {@code in}, by file name (folders inside the zip are
	 * ignored); stops at the first limit passed.
	 * @throws TooLargeException when a limit is passed
	 * @throws UncheckedIOException when the stream is not a readable zip
	 */
	public Map<String, byte[]> unzip(InputStream in) {
		Counting counted = new Counting(in, this.limits.maxUploadBytes());
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[1 << 16];
		try (ZipInputStream zip = new ZipInputStream(counted)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.limits.maxEntries()) {
					throw new TooLargeException("entries", this.limits.maxEntries(),
							"the zip holds more than " + this.limits.maxEntries() + " files");
				}
				ByteArrayOutputStream content = new ByteArrayOutputStream();
				long size = 0;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					size += read;
					total += read;
					if (size > this.limits.maxEntryBytes()) {
						throw new TooLargeException("entry", this.limits.maxEntryBytes(), entry.getName()
								+ " is larger than " + megabytes(this.limits.maxEntryBytes()) + " uncompressed");
					}
					if (total > this.limits.maxTotalBytes()) {
						throw new TooLargeException("total", this.limits.maxTotalBytes(), "the files are larger than "
								+ megabytes(this.limits.maxTotalBytes()) + " uncompressed");
					}
					if (total > RATIO_FROM && total > this.limits.maxRatio() * Math.max(1, counted.count)) {
						throw new TooLargeException("ratio", this.limits.maxRatio(),
								"the zip is compressed more than " + this.limits.maxRatio()
										+ " times (uncompressed bytes per compressed byte), as zip bombs are");
					}
					content.write(buffer, 0, read);
				}
				if (!entry.isDirectory()) {
					String name = entry.getName();
					files.put(name.substring(name.lastIndexOf('/') + 1), content.toByteArray());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/**
	 * The files of an upload: a zipped package, or HSDS services as JSON (the API's form,
	 * see {@link HsdsJson}) written as the package they would be.
	 * @throws TooLargeException when a limit is passed
	 * @throws UncheckedIOException when the stream is not a readable zip
	 * @throws IllegalArgumentException when the JSON holds no services
	 */
	public Map<String, byte[]> files(InputStream in) {
		return files(in, null);
	}

	/**
	 * The files of an upload named {@code fileName} (the uploaded file's name, or the
	 * {@code Content-Disposition} file name of the API's body; may be null): JSON
	 * services, and a zip without {@code datapackage.json}, are given a descriptor named
	 * after it ({@code partner-x.json}: {@code partner-x}), so that the import has the
	 * package's name, hence its source; a zip of one JSON file of services is read as
	 * that JSON.
	 * @throws TooLargeException when a limit is passed
	 * @throws UncheckedIOException when the stream is not a readable zip
	 * @throws IllegalArgumentException when the JSON holds no services
	 */
	public Map<String, byte[]> files(InputStream in, String fileName) {
		String name = PackageResources.packageName(fileName);
		java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
		try {
			buffered.mark(1 << 10);
			byte[] start = buffered.readNBytes(1 << 10);
			buffered.reset();
			if (!HsdsJson.isJson(start)) {
				return PackageResources.described(unzip(buffered), name);
			}
			Counting counted = new Counting(buffered, this.limits.maxUploadBytes());
			return HsdsJson.files(counted.readAllBytes(), name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The files of a zip file, or of a folder (its files, not its sub-folders). */
	public Map<String, byte[]> read(Path path) throws IOException {
		if (!Files.isDirectory(path)) {
			try (InputStream in = Files.newInputStream(path)) {
				return PackageResources.described(unzip(in),
						PackageResources.packageName(path.getFileName().toString()));
			}
		}
		Map<String, byte[]> files = new LinkedHashMap<>();
		long total = 0;
		try (Stream<Path> entries = Files.list(path)) {
			List<Path> list = entries.filter(Files::isRegularFile).sorted().toList();
			if (list.size() > this.limits.maxEntries()) {
				throw new TooLargeException("entries", this.limits.maxEntries(),
						"the folder holds more than " + this.limits.maxEntries() + " files");
			}
			for (Path file : list) {
				long size = Files.size(file);
				total += size;
				if (size > this.limits.maxEntryBytes()) {
					throw new TooLargeException("entry", this.limits.maxEntryBytes(),
							file.getFileName() + " is larger than " + megabytes(this.limits.maxEntryBytes()));
				}
				if (total > this.limits.maxTotalBytes()) {
					throw new TooLargeException("total", this.limits.maxTotalBytes(),
							"the files are larger than " + megabytes(this.limits.maxTotalBytes()));
				}
				files.put(file.getFileName().toString(), Files.readAllBytes(file));
			}
		}
		return PackageResources.described(files, PackageResources.packageName(path.getFileName().toString()));
	}

	/**
	 * Reads and discards what is left of a refused upload, up to the upload limit, so
	 * that the client can read the answer instead of seeing the connection cut.
	 */
	public void drain(InputStream in) {
		try {
			byte[] buffer = new byte[1 << 16];
			long left = this.limits.maxUploadBytes();
			int read;
			while (left > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
				left -= read;
			}
		}
		catch (IOException ex) {
			// The client went away: nothing to answer.
		}
	}

	public static String megabytes(long bytes) {
		return (bytes >> 20) + " MB";
	}

	/** Counts the compressed bytes read, and stops at the upload limit. */
	private static final class Counting extends FilterInputStream {

		private final long max;

		private long count;

		Counting(InputStream in, long max) {
			super(in);
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				add(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int read = super.read(b, off, len);
			if (read > 0) {
				add(read);
			}
			return read;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(n);
			add(skipped);
			return skipped;
		}

		private void add(long read) {
			this.count += read;
			if (this.count > this.max) {
				throw new TooLargeException("upload", this.max, "the upload is larger than " + megabytes(this.max));
			}
		}

	}

}
