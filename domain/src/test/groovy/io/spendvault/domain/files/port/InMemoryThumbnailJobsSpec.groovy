package io.spendvault.domain.files.port

import io.spendvault.domain.files.testsupport.InMemoryThumbnailJobs

class InMemoryThumbnailJobsSpec extends ThumbnailJobsContract {

    @Override
    ThumbnailJobs createJobs() { new InMemoryThumbnailJobs() }
}
