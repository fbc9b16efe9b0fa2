package brussels.maillage.directory.services;

/**
 * A virtual place where a service is delivered (HSDS {@code location_type}
 * {@code virtual}): a chat, a video consultation, a web form.
 *
 * @param name its name, or {@code null}
 * @param url its address on the web (http or https), or {@code null}
 */
record OnlinePlace(String name, String url) {
}
