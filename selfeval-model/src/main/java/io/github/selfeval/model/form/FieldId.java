package io.github.selfeval.model.form;

/**
 * A model field a form's cell holds: what each kind of field id has in common.
 *
 * @since 0.2
 */
public interface FieldId {
    /**
     * The id in a form description's JSON, the model's component name: {@code initialBudget}.
     *
     * @return the id, never null
     */
    String id();

    /**
     * Looks up an id among an enum's constants, naming the allowed ids when it is unknown.
     *
     * @param <E> the enum
     * @param type the enum's class
     * @param id the JSON id
     * @param what what is looked up, for the message
     * @return the constant
     * @throws IllegalArgumentException naming the known ids
     */
    static <E extends Enum<E> & FieldId> E of(Class<E> type, String id, String what) {
        StringBuilder known = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (e.id().equals(id)) {
                return e;
            }
            known.append(known.length() == 0 ? "" : ", ").append(e.id());
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'; known: " + known);
    }
}
