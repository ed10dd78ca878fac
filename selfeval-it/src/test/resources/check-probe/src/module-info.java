// An application using selfeval's scoring: it requires the scoring module only and finds checks at run time.
module com.example.checkprobe {
    requires io.github.selfeval.scoring;
}
