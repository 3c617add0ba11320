package org.claimbench.ui.common;

import java.util.Locale;
import java.util.function.Function;

import javafx.scene.control.ChoiceBox;
import javafx.util.StringConverter;

/** Shared converters for choice boxes of enums. */
public final class Labels {

    private Labels() {
    }

    public static <T> ChoiceBox<T> choice(String id, T[] values, T selected, Function<T, String> label) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(selected);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    public static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
