_hookctl() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="hookctl"
                ;;
            hookctl,completions)
                cmd="hookctl__subcmd__completions"
                ;;
            hookctl,config)
                cmd="hookctl__subcmd__config"
                ;;
            hookctl,doctor)
                cmd="hookctl__subcmd__doctor"
                ;;
            hookctl,events)
                cmd="hookctl__subcmd__events"
                ;;
            hookctl,help)
                cmd="hookctl__subcmd__help"
                ;;
            hookctl,inspect)
                cmd="hookctl__subcmd__inspect"
                ;;
            hookctl,keygen)
                cmd="hookctl__subcmd__keygen"
                ;;
            hookctl,listen)
                cmd="hookctl__subcmd__listen"
                ;;
            hookctl,probe)
                cmd="hookctl__subcmd__probe"
                ;;
            hookctl,providers)
                cmd="hookctl__subcmd__providers"
                ;;
            hookctl,replay)
                cmd="hookctl__subcmd__replay"
                ;;
            hookctl,selftest)
                cmd="hookctl__subcmd__selftest"
                ;;
            hookctl,send-test)
                cmd="hookctl__subcmd__send__subcmd__test"
                ;;
            hookctl,sign)
                cmd="hookctl__subcmd__sign"
                ;;
            hookctl,verify)
                cmd="hookctl__subcmd__verify"
                ;;
            hookctl,webhooks)
                cmd="hookctl__subcmd__webhooks"
                ;;
            hookctl__subcmd__config,get)
                cmd="hookctl__subcmd__config__subcmd__get"
                ;;
            hookctl__subcmd__config,help)
                cmd="hookctl__subcmd__config__subcmd__help"
                ;;
            hookctl__subcmd__config,list)
                cmd="hookctl__subcmd__config__subcmd__list"
                ;;
            hookctl__subcmd__config,path)
                cmd="hookctl__subcmd__config__subcmd__path"
                ;;
            hookctl__subcmd__config,set)
                cmd="hookctl__subcmd__config__subcmd__set"
                ;;
            hookctl__subcmd__config,unset)
                cmd="hookctl__subcmd__config__subcmd__unset"
                ;;
            hookctl__subcmd__config__subcmd__help,get)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__get"
                ;;
            hookctl__subcmd__config__subcmd__help,help)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__help"
                ;;
            hookctl__subcmd__config__subcmd__help,list)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__list"
                ;;
            hookctl__subcmd__config__subcmd__help,path)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__path"
                ;;
            hookctl__subcmd__config__subcmd__help,set)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__set"
                ;;
            hookctl__subcmd__config__subcmd__help,unset)
                cmd="hookctl__subcmd__config__subcmd__help__subcmd__unset"
                ;;
            hookctl__subcmd__help,completions)
                cmd="hookctl__subcmd__help__subcmd__completions"
                ;;
            hookctl__subcmd__help,config)
                cmd="hookctl__subcmd__help__subcmd__config"
                ;;
            hookctl__subcmd__help,doctor)
                cmd="hookctl__subcmd__help__subcmd__doctor"
                ;;
            hookctl__subcmd__help,events)
                cmd="hookctl__subcmd__help__subcmd__events"
                ;;
            hookctl__subcmd__help,help)
                cmd="hookctl__subcmd__help__subcmd__help"
                ;;
            hookctl__subcmd__help,inspect)
                cmd="hookctl__subcmd__help__subcmd__inspect"
                ;;
            hookctl__subcmd__help,keygen)
                cmd="hookctl__subcmd__help__subcmd__keygen"
                ;;
            hookctl__subcmd__help,listen)
                cmd="hookctl__subcmd__help__subcmd__listen"
                ;;
            hookctl__subcmd__help,probe)
                cmd="hookctl__subcmd__help__subcmd__probe"
                ;;
            hookctl__subcmd__help,providers)
                cmd="hookctl__subcmd__help__subcmd__providers"
                ;;
            hookctl__subcmd__help,replay)
                cmd="hookctl__subcmd__help__subcmd__replay"
                ;;
            hookctl__subcmd__help,selftest)
                cmd="hookctl__subcmd__help__subcmd__selftest"
                ;;
            hookctl__subcmd__help,send-test)
                cmd="hookctl__subcmd__help__subcmd__send__subcmd__test"
                ;;
            hookctl__subcmd__help,sign)
                cmd="hookctl__subcmd__help__subcmd__sign"
                ;;
            hookctl__subcmd__help,verify)
                cmd="hookctl__subcmd__help__subcmd__verify"
                ;;
            hookctl__subcmd__help,webhooks)
                cmd="hookctl__subcmd__help__subcmd__webhooks"
                ;;
            hookctl__subcmd__help__subcmd__config,get)
                cmd="hookctl__subcmd__help__subcmd__config__subcmd__get"
                ;;
            hookctl__subcmd__help__subcmd__config,list)
                cmd="hookctl__subcmd__help__subcmd__config__subcmd__list"
                ;;
            hookctl__subcmd__help__subcmd__config,path)
                cmd="hookctl__subcmd__help__subcmd__config__subcmd__path"
                ;;
            hookctl__subcmd__help__subcmd__config,set)
                cmd="hookctl__subcmd__help__subcmd__config__subcmd__set"
                ;;
            hookctl__subcmd__help__subcmd__config,unset)
                cmd="hookctl__subcmd__help__subcmd__config__subcmd__unset"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,add-events)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__add__subcmd__events"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,create)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__create"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,delete)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__delete"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,deliveries)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__deliveries"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,disable)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__disable"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,enable)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__enable"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,get)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__get"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,list)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__list"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,ping)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__ping"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,redeliver)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__redeliver"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,remove-events)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__remove__subcmd__events"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,rotate-secret)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__rotate__subcmd__secret"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,test)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__test"
                ;;
            hookctl__subcmd__help__subcmd__webhooks,update)
                cmd="hookctl__subcmd__help__subcmd__webhooks__subcmd__update"
                ;;
            hookctl__subcmd__webhooks,add-events)
                cmd="hookctl__subcmd__webhooks__subcmd__add__subcmd__events"
                ;;
            hookctl__subcmd__webhooks,create)
                cmd="hookctl__subcmd__webhooks__subcmd__create"
                ;;
            hookctl__subcmd__webhooks,delete)
                cmd="hookctl__subcmd__webhooks__subcmd__delete"
                ;;
            hookctl__subcmd__webhooks,deliveries)
                cmd="hookctl__subcmd__webhooks__subcmd__deliveries"
                ;;
            hookctl__subcmd__webhooks,disable)
                cmd="hookctl__subcmd__webhooks__subcmd__disable"
                ;;
            hookctl__subcmd__webhooks,enable)
                cmd="hookctl__subcmd__webhooks__subcmd__enable"
                ;;
            hookctl__subcmd__webhooks,get)
                cmd="hookctl__subcmd__webhooks__subcmd__get"
                ;;
            hookctl__subcmd__webhooks,help)
                cmd="hookctl__subcmd__webhooks__subcmd__help"
                ;;
            hookctl__subcmd__webhooks,list)
                cmd="hookctl__subcmd__webhooks__subcmd__list"
                ;;
            hookctl__subcmd__webhooks,ping)
                cmd="hookctl__subcmd__webhooks__subcmd__ping"
                ;;
            hookctl__subcmd__webhooks,redeliver)
                cmd="hookctl__subcmd__webhooks__subcmd__redeliver"
                ;;
            hookctl__subcmd__webhooks,remove-events)
                cmd="hookctl__subcmd__webhooks__subcmd__remove__subcmd__events"
                ;;
            hookctl__subcmd__webhooks,rotate-secret)
                cmd="hookctl__subcmd__webhooks__subcmd__rotate__subcmd__secret"
                ;;
            hookctl__subcmd__webhooks,test)
                cmd="hookctl__subcmd__webhooks__subcmd__test"
                ;;
            hookctl__subcmd__webhooks,update)
                cmd="hookctl__subcmd__webhooks__subcmd__update"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,add-events)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__add__subcmd__events"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,create)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__create"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,delete)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__delete"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,deliveries)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__deliveries"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,disable)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__disable"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,enable)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__enable"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,get)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__get"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,help)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__help"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,list)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__list"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,ping)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__ping"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,redeliver)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__redeliver"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,remove-events)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__remove__subcmd__events"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,rotate-secret)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__rotate__subcmd__secret"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,test)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__test"
                ;;
            hookctl__subcmd__webhooks__subcmd__help,update)
                cmd="hookctl__subcmd__webhooks__subcmd__help__subcmd__update"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        hookctl)
            opts="-h -V --color --help --version sign verify send-test probe listen replay inspect events providers webhooks config keygen completions selftest doctor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__completions)
            opts="-h -V --color --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config)
            opts="-o -h -V --output --config --color --help --version path list get set unset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__get)
            opts="-o -h -V --reveal --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help)
            opts="path list get set unset help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__help__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__list)
            opts="-q -o -h -V --quiet --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__path)
            opts="-o -h -V --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__set)
            opts="-q -o -h -V --no-input --quiet --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__config__subcmd__unset)
            opts="-q -o -h -V --quiet --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__doctor)
            opts="-o -h -V --offline --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__events)
            opts="-p -o -q -h -V --provider --output --config --quiet --color --help --version $incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help)
            opts="sign verify send-test probe listen replay inspect events providers webhooks config keygen completions selftest doctor help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config)
            opts="path list get set unset"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config__subcmd__path)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config__subcmd__set)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__config__subcmd__unset)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__events)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__inspect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__keygen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__listen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__probe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__providers)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__replay)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__selftest)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__send__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__sign)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks)
            opts="list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__add__subcmd__events)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__deliveries)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__ping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__redeliver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__remove__subcmd__events)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__rotate__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__help__subcmd__webhooks__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__inspect)
            opts="-q -v -h -V --ui-port --ui-keep --to --tolerance --secret-file --secret-env --secret --secret-for --timeout --scheme --private-key --public-key --url --config --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ui-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ui-keep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tolerance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__keygen)
            opts="-o -q -h -V --out --force --output --quiet --color --help --version ed25519 p256"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__listen)
            opts="-p -o -q -v -h -V --host --port --path --provider --secret-file --secret-env --secret --secret-for --tolerance --verification-code --verify-token --forward-to --fan-out --events --forward-timeout --forward-insecure --forward-ca --forward-header --record --fsync --count --timeout --accept-invalid --confirm-sns --max-body --max-connections --header-timeout --body-timeout --idle-timeout --max-head --max-request-line --max-headers --tls-cert --tls-key --full --output --ui --ui-port --ui-keep --scheme --private-key --public-key --url --header --algorithm --encoding --prefix --template --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tolerance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --verification-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --verify-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --forward-to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --events)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --forward-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --forward-ca)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --forward-header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --record)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-body)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-connections)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --body-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-head)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-request-line)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "compact pretty json raw quiet" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "compact pretty json raw quiet" -- "${cur}"))
                    return 0
                    ;;
                --ui-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ui-keep)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --algorithm)
                    COMPREPLY=($(compgen -W "sha1 sha256 sha512" -- "${cur}"))
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "hex base64" -- "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__probe)
            opts="-p -e -o -q -v -h -V --provider --event --secret-file --secret-env --secret --only --skip --tolerance --verification-code --timeout --insecure --dry-run --output --scheme --private-key --public-key --url --header --algorithm --encoding --prefix --template --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --only)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tolerance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --verification-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --algorithm)
                    COMPREPLY=($(compgen -W "sha1 sha256 sha512" -- "${cur}"))
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "hex base64" -- "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__providers)
            opts="-p -o -h -V --provider --wide --output --config --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__replay)
            opts="-o -q -v -h -V --to --event-id --only-valid --resign --strict --timeout --insecure --secret-file --secret-env --secret --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --event-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__selftest)
            opts="-o -q -h -V --wide --output --export --quiet --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --export)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__send__subcmd__test)
            opts="-p -e -d -f -H -o -q -v -h -V --provider --event --secret-file --secret-env --secret --data --file --set --request-header --challenge --verification-code --timeout --expect --repeat --retry --time-scale --count --concurrency --rate --insecure --output --scheme --private-key --public-key --url --header --algorithm --encoding --prefix --template --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                -e)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --set)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --request-header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --verification-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expect)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repeat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --time-scale)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --algorithm)
                    COMPREPLY=($(compgen -W "sha1 sha256 sha512" -- "${cur}"))
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "hex base64" -- "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__sign)
            opts="-p -d -f -o -q -v -h -V --provider --secret-file --secret-env --secret --data --file --timestamp --id --event --output --scheme --private-key --public-key --url --header --algorithm --encoding --prefix --template --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "headers value json curl" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "headers value json curl" -- "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --algorithm)
                    COMPREPLY=($(compgen -W "sha1 sha256 sha512" -- "${cur}"))
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "hex base64" -- "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__verify)
            opts="-p -d -f -s -H -o -q -v -h -V --provider --secret-file --secret-env --secret --data --file --signature --request-header --request --timestamp --id --tolerance --now --explain --show-expected --output --scheme --private-key --public-key --url --header --algorithm --encoding --prefix --template --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "noones noko novatrade24 cryptohopper standard stripe twilio square hubspot zoom meta twitter dropbox asana paddle linear webflow woocommerce vercel typeform calendly mux intercom gitlab okta discord sendgrid jira bitbucket zendesk segment modern-treasury lemonsqueezy coinbase svix standard-v1a github slack shopify razorpay checkout sentry heroku buildkite terraform pagerduty frameio orb launchdarkly mongodb-atlas box docusign webex msteams aftership alchemy bolt castle circleci clearbit pusher nexus tiktok autodesk xero worldline clerk resend brex render supabase messenger instagram whatsapp telegram postmark chargebee mollie pinwheel signalsciences chargify mailchimp twitch gitea gogs airtable notion workos persona trello paystack flutterwave gocardless calcom easypost sns paypal vonage netlify monday adyen hygraph braintree contentful plivo mailgun generic auto" -- "${cur}"))
                    return 0
                    ;;
                --secret-file)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --secret-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -d)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --signature)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -s)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --request-header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -H)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --request)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timestamp)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tolerance)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --now)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --scheme)
                    COMPREPLY=($(compgen -W "hmac ed25519" -- "${cur}"))
                    return 0
                    ;;
                --private-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --public-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --algorithm)
                    COMPREPLY=($(compgen -W "sha1 sha256 sha512" -- "${cur}"))
                    return 0
                    ;;
                --encoding)
                    COMPREPLY=($(compgen -W "hex base64" -- "${cur}"))
                    return 0
                    ;;
                --prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --template)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__add__subcmd__events)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version $incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__create)
            opts="-p -o -q -v -h -V --url --event --name --partner-id --save-secret --allow-http --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --partner-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__delete)
            opts="-p -o -q -v -h -V --yes --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__deliveries)
            opts="-p -o -q -v -h -V --status --since --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__disable)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__enable)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__get)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help)
            opts="list get create update delete enable disable add-events remove-events rotate-secret ping test deliveries redeliver help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__add__subcmd__events)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__deliveries)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__disable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__enable)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__get)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__ping)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__redeliver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__remove__subcmd__events)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__rotate__subcmd__secret)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__test)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__help__subcmd__update)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__list)
            opts="-p -o -q -v -h -V --state --name --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --state)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__ping)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__redeliver)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__remove__subcmd__events)
            opts="-p -o -q -v -h -V --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version $incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__rotate__subcmd__secret)
            opts="-p -o -q -v -h -V --yes --save-secret --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__test)
            opts="-p -o -q -v -h -V --event --data --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --data)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        hookctl__subcmd__webhooks__subcmd__update)
            opts="-p -o -q -v -h -V --url --name --event --status --allow-http --provider --token-file --token-env --token --client-id --client-secret --client-secret-file --token-url --base-url --timeout --retries --retry-base --output --config --no-input --quiet --verbose --color --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --event)
                    COMPREPLY=($(compgen -W "$incident.confirmed $profile_update.succeeded $review.escalated $review.opened ADDRESS_ACTIVITY APPLICATION_AUTHORIZED APPLICATION_COMMAND AUTHORISATION BILLING.SUBSCRIPTION.ACTIVATED BOOKING_CANCELLED BOOKING_CREATED BOOKING_RESCHEDULED Bounce CANCELLATION CAPTURE CHARGEBACK CHECKOUT.ORDER.APPROVED CLUSTER_MONGOS_IS_MISSING COMMENT.CREATED CONTACT CUSTOMER.DISPUTE.CREATED Click Comment.create ContentManagement.Asset.publish ContentManagement.Entry.create ContentManagement.Entry.delete ContentManagement.Entry.publish ContentManagement.Entry.save ContentManagement.Entry.unpublish DROPPED_TRANSACTION Delivery ENTITLEMENT_CREATE EXPENSE_PAYMENT_UPDATED FILE.DOWNLOADED FILE.PREVIEWED FILE.TRASHED FILE.UPLOADED FOLDER.CREATED INVOICE Issue Hook Issue.create Issue.remove Issue.update MEETING_ENDED MESSAGE_COMPONENT MINED_TRANSACTION Merge Request Hook NFT_ACTIVITY NO_PRIMARY Notification OUTSIDE_METRIC_THRESHOLD Open PAYMENT.CAPTURE.COMPLETED PAYMENT.CAPTURE.REFUNDED PING Pipeline Hook Project.update Push Hook REFUND REPLICATION_OPLOG_WINDOW_RUNNING_OUT REPORT_AVAILABLE SUBSCRIPTION SpamComplaint SubscriptionConfirmation TRANSFER_FAILED TRANSFER_PROCESSED USERS_WITHOUT_MULTI_FACTOR_AUTH USER_UPDATED UnsubscribeConfirmation WEBHOOK_PING account.added account.monitoring_status.updated addMemberToCard api:addon api:build api:dyno api:formation api:release app/uninstalled app_mention asset.created asset.deleted asset.ready attachmentActions auth authorization.removed autoscaling_ended balance-transaction.created batch.updated bounce build.finished build.running build.scheduled build_ended building call-answer call-status callback_query capture carts/update challenge change_status_column_value channel.cheer channel.follow channel.subscribe channel_occupied channel_vacated charge.completed charge.succeeded charge.success charge:confirmed charge:created charge:failed charge:pending check checkout.session.completed click clicked client_event collection_item_changed collection_item_created comment comment.created commentCard comment_created company company.deletion complained completed compliance.decision_made compliance.status_changed config_error connection.activated contact.creation contact.propertyChange contact.user.created conversation.admin.replied conversation.user.created conversation.user.replied create createCard create_pulse create_update created credit crypto.deposit_confirmed crypto.deposit_pending custom-access-token customer.created customer.subscription.created customer.subscription.deleted customer_created customers/create deal.creation delete delivered deploy_ended deploy_started deployment.created deployment.error deployment.succeeded direct_deposit_switch.added direct_message_events disbursement dispute_opened dispute_received dm.folder.added dm.version.added dm.version.deleted dropped dsync.user.created edited_message email.bounced email.clicked email.delivered email.opened email.sent endpoint.disabled endpoint.url_validation entry.created entry.deleted entry.updated entry.updated.approved entry.updated.invoiced entry.updated.unapproved entry.updated.uninvoiced envelope-completed envelope-declined envelope-delivered envelope-sent envelope-voided environment error expense.created expense.deleted expense.updated export_file.generated extraction.finished failed favorite_events feedback.received feedback.reply_received flag follow_events form_response form_response_partial form_submission group group.user_membership.add hard_bounce identify image incident.acknowledged incident.escalated incident.resolved incident.triggered incoming-message incoming-sms inquiry.approved inquiry.completed inquiry.declined instagram instagram.comments installation invitee.canceled invitee.created invitee_no_show.created invoice.canceled invoice.created invoice.deleted invoice.issued invoice.paid invoice.payment_failed invoice.payment_succeeded invoice.updated invoice.updated.paid invoice.updated.unpaid issue issue:created issue_comment issues jira:issue_created jira:issue_deleted jira:issue_updated job-completed job.finished kyc.verification_completed kyc.vies_check_failed list_folder locked mandates meeting.ended meeting.participant_joined meeting.started meetings member member_added member_removed memberships message message-delivered message-failed message-status message.attempt.exhausted message.channels messages metric_alert my_chat_member offer.viewed on_first_start on_panic_end on_panic_start on_trigger open opened order.created order.paid order.updated order_cancelled order_created order_placed orders/cancelled orders/create orders/paid organization.created page page.content_updated page.created page.deleted page.feed page.properties_updated payment payment-link.paid payment.authorized payment.captured payment.created payment.failed payment.pending_capture payment.refunded payment.rejected payment.updated payment_approved payment_captured payment_declined payment_failed payment_failure payment_intent.payment_failed payment_intent.succeeded payment_refunded payment_succeeded payment_success payments payouts paystubs.added person ping portability.download.ready processed product.created products/create products/update profile.viewed project project.created project.deleted project.deleted.merged project.updated project.updated.archived project.updated.unarchived project_group.created project_group.deleted project_group.deleted.merged project_group.updated prospect.submitted publish pull_request pullrequest:created pullrequest:fulfilled push reaction_added ready recipient-completed recording.completed refund.created refund.processed refund.successful refunds rejected release repo:push resource_event.test returned review_link.created rm:audit rm:repository rm:repository:asset rm:repository:component rooms routing_form_submission.created run:completed run:created run:errored run:needs_attention run:planning sales-invoice.paid segment self_service_invitation.expired self_service_invitation.used send send-email send-sms server_failed service.updated session.created signup_success siteMemberAdded site_publish sprint_started story.added stream.offline stream.online submitted subscription.canceled subscription.cancelled subscription.create subscription.created subscription.ended subscription.started subscription_canceled subscription_cancelled subscription_charged_successfully subscription_created subscription_payment_success subscription_state_change subscription_updated subscriptions tag.created tag.deleted tag.deleted.merged tag.updated task.added task.changed task.deleted team.created team.deleted team.updated team_join templatedSignal text track tracker.created tracker.updated tracking_update trade.attachment_uploaded trade.bank_account_selected trade.bank_account_shared trade.cancelled_or_expired trade.chat_message_received trade.dispute_finished trade.dispute_started trade.online_wallet_shared trade.paid trade.proof_added trade.released trade.started trade_completed transaction.completed transfer.completed transfer.failed transfer.success tweet_create_events unpublish unsubscribed update updateCard update_column_value url_verification user.created user.deleted user.lifecycle.create user.lifecycle.deactivate user.session.start user.updated user.updated.activated user.updated.deactivated validate verification verification.passed video.asset.created video.asset.errored video.asset.ready video.live_stream.active video.live_stream.idle video.publish.completed video.upload.asset_created video.upload.failed voice-call void webhook.delivery_failed_terminal webhook.endpoint_auto_paused webhook.ping whatsapp.messages whatsapp.statuses workflow-completed workflow_run zen:event-type:organization.created zen:event-type:ticket.comment_added zen:event-type:ticket.created zen:event-type:ticket.status_changed zen:event-type:user.created" -- "${cur}"))
                    return 0
                    ;;
                --status)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --provider)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                -p)
                    COMPREPLY=($(compgen -W "novatrade24 noko noones cryptohopper" -- "${cur}"))
                    return 0
                    ;;
                --token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retries)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --retry-base)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "pretty json" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --color)
                    COMPREPLY=($(compgen -W "auto always never" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _hookctl -o nosort -o bashdefault -o default hookctl
else
    complete -F _hookctl -o bashdefault -o default hookctl
fi
