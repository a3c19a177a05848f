package org.steward.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.steward.play.SavePlays;
import org.steward.user.UserDirectory;

/** Base of the play, task and escalation API tests: {@link ApiTest} plus save plays, the extra users and table reads. */
public abstract class PlayApiTest extends ApiTest {

    @Autowired
    protected SavePlays savePlays;

    protected final PlayFixture db = new PlayFixture();

    @Autowired
    public void ensurePlayUsers(UserDirectory users) {
        PlayFixture.ensureUsers(users);
    }
}
