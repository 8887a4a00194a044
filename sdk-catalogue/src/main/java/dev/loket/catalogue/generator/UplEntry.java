package dev.loket.catalogue.generator;

import java.util.Optional;

/**
 * One line of the Uniforme Productnaamlijst (UPL-actueel.csv): a product name, its URI, which
 * kinds of agency provide it, for whom, and its legal basis where the list gives one.
 */
record UplEntry(String name, String uri, boolean national, boolean province, boolean waterBoard, boolean municipality,
                boolean citizens, boolean businesses, Optional<String> lawLabel, Optional<String> lawUrl) {
}
