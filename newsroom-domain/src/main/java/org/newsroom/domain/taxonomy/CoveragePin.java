package org.newsroom.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newsroom.domain.article.Article;

/** A story held at the top of a coverage, in its place (1 is first). Made and moved only by its {@link Coverage}. */
@Entity
@Table(name = "coverage_pin")
public class CoveragePin {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_pin_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coverage_id", nullable = false)
    private Coverage coverage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article story;

    @Column(nullable = false)
    private int position;

    protected CoveragePin() {
    }

    CoveragePin(Coverage coverage, Article story, int position) {
        this.coverage = coverage;
        this.story = story;
        this.position = position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public Article getStory() {
        return story;
    }

    public int getPosition() {
        return position;
    }
}
