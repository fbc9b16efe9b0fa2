package brussels.maillage.system;

/**
 * What the layout shows of the signed-in person; the identity module's user implements
 * it.
 */
public interface SignedIn {

	String displayName();

}
