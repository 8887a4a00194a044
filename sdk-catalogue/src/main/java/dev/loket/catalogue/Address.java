package dev.loket.catalogue;

import dev.loket.catalogue.internal.Copies;

/**
 * A postal or visiting address in the Netherlands.
 *
 * @param street      street name
 * @param houseNumber number with any letter or addition, as written ("1", "12a", "100-3")
 * @param postcode    four digits and two letters ("3511 BE")
 * @param city        the place name
 */
public record Address(String street, String houseNumber, String postcode, String city) {

    public Address {
        Copies.required(street, "A street");
        Copies.required(houseNumber, "A house number");
        Copies.required(postcode, "A postcode");
        Copies.required(city, "A city");
    }
}
