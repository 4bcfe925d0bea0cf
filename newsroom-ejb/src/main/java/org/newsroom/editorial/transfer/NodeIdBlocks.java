package org.newsroom.editorial.transfer;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * The ids this node already holds in memory. Hibernate takes ids from a sequence fifty at a time
 * and hands them out from memory; a node that took a block before the import (the breaking-news
 * warm-up posts, and rolls back, one item at every start) would hand out ids the import has just
 * written. So after the import, for each exported table, the node draws ids until it gets one
 * beyond the largest imported id: what is left of the old block is used up (as gaps, which ids
 * may have), and the next block comes from the sequence that {@link ContentImport} moved on.
 * Other nodes hold blocks of their own: an import is run with one node up (docs/operations.md).
 */
final class NodeIdBlocks {

    private NodeIdBlocks() {
    }

    /** {@code largest}: per exported table, the largest imported id of the tables sharing its sequence. */
    static void passBeyond(EntityManager em, Map<String, Long> largest) {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        SessionFactoryImplementor factory = session.getFactory();
        factory.getMappingMetamodel().forEachEntityDescriptor(descriptor -> {
            if (!(descriptor instanceof AbstractEntityPersister persister)
                    || !(persister.getGenerator() instanceof IdentifierGenerator generator)) {
                return;
            }
            Long beyond = largest.get(persister.getTableName().toLowerCase(java.util.Locale.ROOT));
            if (beyond == null) {
                return;
            }
            // A block is fifty ids; the bound only keeps a generator that never passes the mark from looping.
            for (int drawn = 0; drawn < 1_000; drawn++) {
                if (!(generator.generate(session, null) instanceof Number id) || id.longValue() > beyond) {
                    return;
                }
            }
        });
    }
}
