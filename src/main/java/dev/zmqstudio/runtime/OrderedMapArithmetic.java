package dev.zmqstudio.runtime;

import org.apache.commons.jexl3.JexlArithmetic;

import java.util.LinkedHashMap;
import java.util.Map;

/** JEXL arithmetic whose map literals keep their keys in the order written, so transforms emit stable JSON. */
final class OrderedMapArithmetic extends JexlArithmetic {

    OrderedMapArithmetic() {
        super(true);
    }

    @Override
    public MapBuilder mapBuilder(int size, boolean extended) {
        Map<Object, Object> map = new LinkedHashMap<>(Math.max(4, size * 2));
        return new MapBuilder() {
            @Override
            public void put(Object key, Object value) {
                map.put(key, value);
            }

            @Override
            public Object create() {
                return map;
            }
        };
    }
}
