package brussels.maillage.events;

/** Whether an event is being prepared, public, or called off. */
public enum EventStatus {

	DRAFT, PUBLISHED, CANCELLED

}
