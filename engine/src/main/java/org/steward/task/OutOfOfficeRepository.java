package org.steward.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutOfOfficeRepository extends JpaRepository<OutOfOffice, Long> {

    /** The absence of this user that covers this day, if any. */
    @Query("select o from OutOfOffice o where o.username = :username and o.startsOn <= :day and o.endsOn >= :day order by o.id")
    List<OutOfOffice> covering(String username, LocalDate day);

    /** This user's absences that have not ended before this day, earliest first. */
    List<OutOfOffice> findByUsernameAndEndsOnGreaterThanEqualOrderByStartsOn(String username, LocalDate day);

    /** An absence of this user overlapping the given days. */
    @Query("select o from OutOfOffice o where o.username = :username and o.startsOn <= :to and o.endsOn >= :from")
    List<OutOfOffice> overlapping(String username, LocalDate from, LocalDate to);

    Optional<OutOfOffice> findByIdAndUsername(Long id, String username);
}
