package brussels.maillage.directory.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import brussels.maillage.WebSession;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests that import a small package of their own through
 * {@code POST /api/hsds/imports} need, as another publisher would: an administrator's API
 * token, made on the account page, and the package's files zipped.
 */
final class PackageUploads {

	private PackageUploads() {
	}

	/** A token of one day, named for the test, made on {@code email}'s account page. */
	static String token(int port, String email, String name) {
		WebSession session = new WebSession(port);
		session.login(email, "demo-maillage-2026");
		session.get("/account");
		session.post("/account/tokens", Map.of("name", name, "days", "1"));
		Matcher token = Pattern.compile("<code class=\"token\">([^<]+)</code>").matcher(session.get("/account").body());
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	/**
	 * Imports the class-path folder {@code folder}, zipped, through
	 * {@code POST /api/hsds/imports?language=fr} with an administrator's token named
	 * {@code name}, and checks that the API accepted it.
	 */
	static HttpResponse<String> post(int port, String folder, String name) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/hsds/imports?language=fr"))
				.header("Content-Type", "application/zip")
				.header("Authorization", "Bearer " + token(port, "admin@demo.maillage.brussels", name))
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip(folder)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return answer;
	}

	/** The files of the class-path folder {@code folder}, zipped. */
	static byte[] zip(String folder) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:" + folder + "/*")) {
				zip.putNextEntry(new ZipEntry(resource.getFilename()));
				zip.write(resource.getContentAsByteArray());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
