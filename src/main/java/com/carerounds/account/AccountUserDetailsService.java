package com.carerounds.account;

import com.carerounds.team.TeamRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final TeamRepository teams;

    public AccountUserDetailsService(AccountRepository accounts, TeamRepository teams) {
        this.accounts = accounts;
        this.teams = teams;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
        Long teamCenter = account.getTeamId() == null ? null
                : teams.findById(account.getTeamId()).map(t -> t.getCenterId()).orElse(null);
        return SignedInUser.of(account, teamCenter);
    }
}
