package brussels.maillage.system.errors;

import java.util.Map;

import brussels.maillage.RawHttp;
import brussels.maillage.RawHttp.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input answered at one place per cause, over real HTTP: malformed percent-encodings,
 * unreadable or wildcard content types, oversize bodies, deeply nested JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputTests {

	@LocalServerPort
	int port;

	@Test
	void answersMalformedPercentEncodingInAQueryWithAProblem() throws Exception {
		RawHttp http = new RawHttp(this.port);
		for (String value : new String[] { "%", "%zz", "%u0041", "%ED%A0%80" }) {
			for (String path : new String[] { "/api/hsds/services?search=", "/api/events?theme=" }) {
				Answer answer = http.send("GET", path + value, Map.of("Accept-Language", "en"), (byte[]) null);
				assertThat(answer.status()).as(path + value).isEqualTo(400);
				assertThat(answer.contentType()).as(path + value).startsWith("application/problem+json");
				assertThat(answer.body()).as(path + value).contains("malformed percent-encoding");
			}
		}
	}

	@Test
	void answersMalformedPercentEncodingOnAPageWithAPageInTheReadersLanguage() throws Exception {
		Answer page = new RawHttp(this.port).send("GET", "/repertoire?q=%ED%A0%80",
				Map.of("Accept-Language", "nl-BE,nl;q=0.9"), (byte[]) null);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"nl\"").contains("Ongeldig verzoek").doesNotContain("Exception");
	}

	@Test
	void answersAMalformedFormBodyWith400() throws Exception {
		Answer login = new RawHttp(this.port).send("POST", "/login",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept-Language", "fr"),
				"email=a%zz&password=%");
		assertThat(login.status()).isEqualTo(400);
		assertThat(login.body()).contains("<html lang=\"fr\"").contains("Demande incorrecte");
	}

	@Test
	void answersAddressesTomcatCannotDecodeInTheApplicationsForm() throws Exception {
		RawHttp http = new RawHttp(this.port);
		Answer api = http.send("GET", "/api/%zz", Map.of("Accept-Language", "en"), (byte[]) null);
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.body()).contains("\"status\":400").contains("The address cannot be read");
		Answer page = http.send("GET", "/repertoire/%zz", Map.of("Accept-Language", "en"), (byte[]) null);
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"en\"").contains("Bad request").doesNotContain("Tomcat");
	}

	@Test
	void answersMultipartWithoutBoundaryWith400AndAWildcardTypeWith415() throws Exception {
		RawHttp http = new RawHttp(this.port);
		String event = eventId(http);
		String body = "{\"name\":\"Fuzz\",\"email\":\"bad-input@fuzz.example\",\"consent\":true}";
		Answer multipart = http.send("POST", "/api/events/" + event + "/registrations",
				Map.of("Content-Type", "multipart/form-data", "Accept-Language", "en"), body);
		assertThat(multipart.status()).isEqualTo(400);
		assertThat(multipart.body()).contains("multipart body cannot be read");
		Answer wildcard = http.send("POST", "/api/events/" + event + "/registrations",
				Map.of("Content-Type", "*/*", "Accept-Language", "en"), body);
		assertThat(wildcard.status()).isEqualTo(415);
		assertThat(wildcard.contentType()).startsWith("application/problem+json");
		Answer text = http.send("POST", "/api/events/" + event + "/registrations",
				Map.of("Content-Type", "text/plain", "Accept-Language", "en"), body);
		assertThat(text.status()).isEqualTo(415);
	}

	@Test
	void refusesBodiesOverTheirLimitWith413StatingIt() throws Exception {
		RawHttp http = new RawHttp(this.port);
		// The zip upload limit is 50 MB (application.properties): a declared 100 MB is
		// refused before it is read.
		Answer upload = http.send("POST", "/api/hsds/imports",
				Map.of("Content-Type", "application/zip", "Content-Length", "104857600", "Accept-Language", "en"),
				"PK");
		assertThat(upload.status()).isEqualTo(413);
		assertThat(upload.body()).contains("larger than the limit of 50 MB").contains("\"limitBytes\":52428800");
		// JSON bodies: 2 MB, whether the length is declared or not.
		String event = eventId(http);
		String big = "{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";
		Answer declared = http.send("POST", "/api/events/" + event + "/registrations",
				Map.of("Content-Type", "application/json", "Accept-Language", "fr"), big);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.body()).contains("limite de 2 MB");
		Answer chunked = http.send("POST", "/api/events/" + event + "/registrations",
				Map.of("Content-Type", "application/json", "Transfer-Encoding", "chunked", "Accept-Language", "en"),
				chunk(big));
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(chunked.body()).contains("larger than the limit of 2 MB");
	}

	@Test
	void refusesDeeplyNestedJsonWith400() throws Exception {
		RawHttp http = new RawHttp(this.port);
		String nested = "{\"name\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
		Answer answer = http.send("POST", "/api/events/" + eventId(http) + "/registrations",
				Map.of("Content-Type", "application/json"), nested);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).doesNotContain("Exception").doesNotContain("nesting");
	}

	private static String eventId(RawHttp http) throws Exception {
		String agenda = http.send("GET", "/api/events?size=1", Map.of(), (byte[]) null).body();
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(agenda);
		assertThat(id.find()).as("an event in the agenda").isTrue();
		return id.group(1);
	}

	private static String chunk(String body) {
		StringBuilder chunked = new StringBuilder();
		for (int start = 0; start < body.length(); start += 65_536) {
			String part = body.substring(start, Math.min(body.length(), start + 65_536));
			chunked.append(Integer.toHexString(part.length())).append("\r\n").append(part).append("\r\n");
		}
		return chunked.append("0\r\n\r\n").toString();
	}

}
