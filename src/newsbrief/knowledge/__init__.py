"""What the stored records answer: merged events, queries, timelines, briefs."""
