package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.workflow.Choice;

/** When Save sends the details along with the text: only when the form says something else than was loaded. */
class StoryDetailsTest {

    private final StoryDetails details = new StoryDetails();

    StoryDetailsTest() {
        details.fill(Stories.details());
    }

    @Test
    void detailsAsLoadedAreNotSentAgain() {
        assertFalse(details.isChanged());
    }

    @Test
    void regionsInAnotherOrderAreNoChange() {
        details.setRegionIds(new ArrayList<>(List.of("2", "1")));
        assertFalse(details.isChanged());
    }

    @Test
    void aBlankSourceIsTheSameAsNone() {
        details.setSource("   ");
        details.setSlug(" a-slug ");
        assertFalse(details.isChanged());
    }

    @Test
    void anAddedTagIsAChange() {
        details.setTags(new ArrayList<>(List.of("Elections", "Turnout")));
        assertTrue(details.isChanged());
        assertEquals(List.of("Elections", "Turnout"), details.input().newTags(), "tags go by name: the service finds or makes them");
    }

    @Test
    void authorsInAnotherOrderAreAChangeReadersSee() {
        details.setAuthors(new ArrayList<>(List.of(new Choice(21, "Ed Editor"), new Choice(20, "Wendy Writer"))));
        assertTrue(details.isChanged());
    }

    @Test
    void anotherSectionIsAChange() {
        details.setSectionId(12L);
        assertTrue(details.isChanged());
    }

    @Test
    void whatWasTypedComesFirstWhenNoTagHasThatName() {
        assertEquals(List.of("Turnout", "Turnover"), StoryDetails.typedFirst(" Turnout ", List.of("Turnover")));
    }

    @Test
    void anExistingTagIsNotOfferedTwice() {
        assertEquals(List.of("Elections"), StoryDetails.typedFirst("elections", List.of("Elections")));
        assertEquals(List.of("Elections"), StoryDetails.typedFirst("  ", List.of("Elections")));
    }
}
