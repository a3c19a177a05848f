package org.steward.play;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PlayRepository extends JpaRepository<Play, String>, JpaSpecificationExecutor<Play> {
}
